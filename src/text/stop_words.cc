// Stop-word lists: function words that carry little topical content.
//
// The English list (about 320 words) covers articles, pronouns and their
// contractions, auxiliaries and modals, prepositions, conjunctions, common
// adverbs and quantifiers, written for news summarization: reporting verbs such
// as "said" stay content words, because who said what matters to attribution.
// Words are case-folded and use the ASCII apostrophe, as Tokenize produces them.
// The other lists are shorter (the most frequent function words) and cover the
// Snowball languages most often met in news feeds.

#include <string_view>
#include <unordered_set>
#include <vector>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

// clang-format off
constexpr std::string_view kEnglish[] = {
    "a", "about", "above", "across", "after", "afterwards", "again", "against", "ago", "all",
    "almost", "alone", "along", "already", "also", "although", "always", "am", "among",
    "amongst", "an", "and", "another", "any", "anybody", "anyhow", "anyone", "anything",
    "anyway", "anywhere", "are", "aren't", "around", "as", "at", "be", "became", "because",
    "become", "becomes", "becoming", "been", "before", "beforehand", "behind", "being", "below",
    "beside", "besides", "between", "beyond", "both", "but", "by", "can", "can't", "cannot",
    "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "done",
    "down", "during", "each", "either", "else", "elsewhere", "enough", "etc", "even", "ever",
    "every", "everybody", "everyone", "everything", "everywhere", "except", "few", "for",
    "former", "formerly", "from", "further", "furthermore", "had", "hadn't", "has", "hasn't",
    "have", "haven't", "having", "he", "he'd", "he'll", "he's", "hence", "her", "here",
    "here's", "hereafter", "hereby", "herein", "hers", "herself", "him", "himself", "his",
    "how", "how's", "however", "i", "i'd", "i'll", "i'm", "i've", "ie", "if", "in", "indeed",
    "instead", "into", "is", "isn't", "it", "it'd", "it'll", "it's", "its", "itself", "just",
    "least", "less", "let", "let's", "like", "likewise", "lot", "lots", "many", "may", "maybe",
    "me", "meanwhile", "might", "mine", "more", "moreover", "most", "mostly", "much", "must",
    "mustn't", "my", "myself", "namely", "neither", "never", "nevertheless", "next", "no",
    "nobody", "none", "noone", "nor", "not", "nothing", "now", "nowhere", "of", "off", "often",
    "on", "once", "one's", "only", "onto", "or", "other", "others", "otherwise", "ought", "our",
    "ours", "ourselves", "out", "over", "own", "per", "perhaps", "please", "quite", "rather",
    "really", "same", "seem", "seemed", "seeming", "seems", "several", "shall", "shan't", "she",
    "she'd", "she'll", "she's", "should", "shouldn't", "since", "so", "some", "somebody",
    "somehow", "someone", "something", "sometime", "sometimes", "somewhat", "somewhere", "still",
    "such", "than", "that", "that'll", "that's", "the", "their", "theirs", "them", "themselves",
    "then", "thence", "there", "there's", "thereafter", "thereby", "therefore", "therein",
    "thereupon", "these", "they", "they'd", "they'll", "they're", "they've", "this", "those",
    "though", "through", "throughout", "thru", "thus", "to", "together", "too", "toward",
    "towards", "under", "unless", "until", "unto", "up", "upon", "us", "very", "via", "was",
    "wasn't", "we", "we'd", "we'll", "we're", "we've", "well", "were", "weren't", "what",
    "what's", "whatever", "when", "when's", "whence", "whenever", "where", "where's",
    "whereafter", "whereas", "whereby", "wherein", "whereupon", "wherever", "whether", "which",
    "whichever", "while", "whither", "who", "who's", "whoever", "whole", "whom", "whomever",
    "whose", "why", "why's", "will", "with", "within", "without", "won't", "would", "wouldn't",
    "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
    "yourselves", "'s", "s", "t", "d", "ll", "re", "ve", "m", "o", "y", "ain't", "also", "among",
    "amid", "amidst", "whilst", "onto", "upon", "got", "get", "gets", "getting", "go", "goes",
    "went", "gone", "going", "make", "makes", "made", "yes", "oh", "ok",
};
// clang-format on

// clang-format off
constexpr std::string_view kGerman[] = {
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
    "andere", "anderen", "auch", "auf", "aus", "bei", "bin", "bis", "bist", "da", "damit",
    "dann", "das", "dass", "daß", "dein", "dem", "den", "denn", "der", "des", "dich", "die",
    "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch", "dort", "du",
    "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwas", "euch",
    "euer", "für", "gegen", "hab", "habe", "haben", "hat", "hatte", "hier", "hin", "ich", "ihm",
    "ihn", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in", "ist", "jede", "jeder", "jetzt",
    "kann", "kein", "keine", "können", "man", "mein", "mich", "mir", "mit", "muss", "nach",
    "nicht", "nichts", "noch", "nun", "nur", "ob", "oder", "ohne", "sehr", "sein", "seine",
    "sich", "sie", "sind", "so", "soll", "über", "um", "und", "uns", "unser", "unter", "viel",
    "vom", "von", "vor", "war", "waren", "was", "weil", "welche", "wenn", "werden", "wie",
    "wir", "wird", "wo", "zu", "zum", "zur", "zwischen",
};
// clang-format on

// clang-format off
constexpr std::string_view kFrench[] = {
    "à", "au", "aux", "avec", "ce", "ces", "cette", "dans", "de", "des", "du", "elle", "elles",
    "en", "est", "et", "été", "être", "eu", "il", "ils", "je", "la", "le", "les", "leur",
    "leurs", "lui", "ma", "mais", "me", "même", "mes", "moi", "mon", "ne", "nos", "notre",
    "nous", "on", "ont", "ou", "où", "par", "pas", "pour", "qu", "que", "qui", "sa", "se",
    "ses", "son", "sont", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos",
    "votre", "vous", "y", "c", "d", "j", "l", "m", "n", "s", "t", "a", "avait", "été", "fait",
    "comme", "plus", "aussi", "ainsi", "cela", "ça", "entre", "sans", "sous", "tout", "tous",
};
// clang-format on

// clang-format off
constexpr std::string_view kSpanish[] = {
    "a", "al", "algo", "ante", "con", "como", "contra", "cual", "cuando", "de", "del", "desde",
    "donde", "durante", "e", "el", "él", "ella", "ellas", "ellos", "en", "entre", "era", "es",
    "esa", "ese", "eso", "esta", "está", "este", "esto", "estos", "fue", "ha", "han", "hasta",
    "hay", "la", "las", "le", "les", "lo", "los", "más", "me", "mi", "muy", "ni", "no", "nos",
    "o", "otra", "otro", "para", "pero", "por", "porque", "que", "qué", "se", "ser", "si", "sí",
    "sin", "sobre", "su", "sus", "también", "te", "tu", "un", "una", "uno", "unos", "y", "ya",
    "yo",
};
// clang-format on

// clang-format off
constexpr std::string_view kItalian[] = {
    "a", "ad", "al", "alla", "alle", "anche", "che", "chi", "ci", "come", "con", "da", "dal",
    "dalla", "del", "della", "delle", "dei", "di", "e", "è", "gli", "ha", "hanno", "i", "il",
    "in", "io", "la", "le", "lei", "lo", "lui", "ma", "mi", "nel", "nella", "non", "o", "per",
    "più", "quando", "questo", "se", "si", "sono", "su", "sua", "suo", "tra", "un", "una", "uno",
};
// clang-format on

// clang-format off
constexpr std::string_view kPortuguese[] = {
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "é", "ela",
    "ele", "em", "entre", "era", "essa", "esse", "esta", "este", "eu", "foi", "há", "isso",
    "já", "lhe", "mais", "mas", "me", "muito", "na", "não", "nas", "no", "nos", "o", "os", "ou",
    "para", "pela", "pelo", "por", "quando", "que", "se", "sem", "ser", "seu", "sua", "são",
    "também", "um", "uma",
};
// clang-format on

// clang-format off
constexpr std::string_view kDutch[] = {
    "aan", "al", "als", "bij", "dan", "dat", "de", "die", "dit", "door", "een", "en", "er",
    "had", "heb", "hebben", "heeft", "het", "hij", "hoe", "ik", "in", "is", "je", "kan", "maar",
    "me", "met", "mij", "na", "naar", "niet", "nog", "nu", "of", "om", "ook", "op", "over",
    "te", "tot", "uit", "van", "voor", "was", "wat", "we", "werd", "wij", "worden", "wordt",
    "zal", "ze", "zich", "zij", "zijn", "zo",
};
// clang-format on

struct StopList {
  std::string_view name;
  std::string_view code;
  std::unordered_set<std::string_view> words;
};

template <size_t N>
StopList MakeList(std::string_view name, std::string_view code,
                  const std::string_view (&words)[N]) {
  return StopList{name, code, std::unordered_set<std::string_view>(words, words + N)};
}

const std::vector<StopList>& Lists() {
  // Built once on first use (thread-safe static initialisation); read-only after.
  static const std::vector<StopList> lists = [] {
    std::vector<StopList> out;
    out.push_back(MakeList("english", "en", kEnglish));
    out.push_back(MakeList("german", "de", kGerman));
    out.push_back(MakeList("french", "fr", kFrench));
    out.push_back(MakeList("spanish", "es", kSpanish));
    out.push_back(MakeList("italian", "it", kItalian));
    out.push_back(MakeList("portuguese", "pt", kPortuguese));
    out.push_back(MakeList("dutch", "nl", kDutch));
    return out;
  }();
  return lists;
}

}  // namespace

bool IsStopWord(std::string_view word, std::string_view language) {
  for (const StopList& list : Lists()) {
    if (list.name == language || list.code == language) return list.words.contains(word);
  }
  return false;
}

}  // namespace crosswire::text
