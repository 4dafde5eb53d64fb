// End to end on the demo story: ReadStory → AnalyzeStory → Corroborate, and
// the findings issue 5 asks `crosswire report` to show.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "corroboration_support.h"

namespace crosswire {
namespace {

class ExampleStoryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto story =
        ingest::ReadStory({std::string(CROSSWIRE_SOURCE_DIR) + "/examples/aleppo-2016-12-14"});
    ASSERT_TRUE(story.has_value()) << story.error().message();
    story_ = new Story(std::move(*story));
    auto analyzed = testing::AnalyzeForCorroboration(*story_);
    ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
    analyzed_ = new AnalyzedStory(std::move(*analyzed));
    auto groups = Corroborate(*analyzed_);
    ASSERT_TRUE(groups.has_value()) << groups.error().message();
    groups_ = new std::vector<FactGroup>(std::move(*groups));
  }
  static void TearDownTestSuite() {
    delete groups_;
    delete analyzed_;
    delete story_;
  }

  // The group of `kind` holding a claim whose value contains `value` in `article`.
  static const FactGroup* Find(FactKind kind, std::string_view article, std::string_view value) {
    for (const FactGroup& g : *groups_) {
      if (g.kind != kind) continue;
      for (const Fact& f : g.claims) {
        if (story_->articles[f.article].id == article && f.value.find(value) != std::string::npos) {
          return &g;
        }
      }
    }
    return nullptr;
  }

  static std::set<std::string> Articles(const FactGroup& g) {
    std::set<std::string> out;
    for (const Fact& f : g.claims) out.insert(story_->articles[f.article].id);
    return out;
  }

  static std::set<std::string> Values(const FactGroup& g) {
    std::set<std::string> out;
    for (const Fact& f : g.claims) out.insert(f.value);
    return out;
  }

  static Story* story_;
  static AnalyzedStory* analyzed_;
  static std::vector<FactGroup>* groups_;
};

Story* ExampleStoryTest::story_ = nullptr;
AnalyzedStory* ExampleStoryTest::analyzed_ = nullptr;
std::vector<FactGroup>* ExampleStoryTest::groups_ = nullptr;

using Set = std::set<std::string>;

TEST_F(ExampleStoryTest, EightyTwoCiviliansKilledAgreedBySeveralOutlets) {
  const FactGroup* g = Find(FactKind::kQuantity, "report-1", "82");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->verdict, Verdict::kAgree);
  EXPECT_EQ(Articles(*g), (Set{"report-1", "report-2", "report-4"}));
  for (const Fact& f : g->claims) EXPECT_EQ(f.normalized, 82);
  EXPECT_EQ(g->about, "civilians killed");
}

TEST_F(ExampleStoryTest, FiveAmStartAgreedAcrossThreeOutletsWithGmt) {
  const FactGroup* g = Find(FactKind::kTime, "report-3", "0300 GMT");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->verdict, Verdict::kAgree);
  EXPECT_EQ(Articles(*g), (Set{"report-1", "report-3", "report-5"}));
  std::set<std::string> normalized;
  for (const Fact& f : g->claims) normalized.insert(f.normalized_text);
  EXPECT_TRUE(normalized.count("05:00 (03:00 GMT)"));
  EXPECT_TRUE(Values(*g).count("5.00am (3.00am GMT)"));
}

TEST_F(ExampleStoryTest, TwentyBusesAgreed) {
  const FactGroup* g = Find(FactKind::kQuantity, "report-3", "20");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->verdict, Verdict::kAgree);
  EXPECT_EQ(Articles(*g), (Set{"report-1", "report-3"}));
  EXPECT_EQ(g->about, "buses");
}

TEST_F(ExampleStoryTest, LavrovTwoToThreeDaysFamilyGrouped) {
  const FactGroup* g = Find(FactKind::kDuration, "report-2", "two to three days");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(Articles(*g), (Set{"report-1", "report-2", "report-5"}));
  EXPECT_NE(g->verdict, Verdict::kConflict);
  EXPECT_NE(g->about.find("Lavrov"), std::string::npos) << g->about;
}

TEST_F(ExampleStoryTest, BattleLengthInConflict) {
  const FactGroup* g = Find(FactKind::kDuration, "report-3", "five years");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->verdict, Verdict::kConflict);
  EXPECT_EQ(g->about, "battle length");
  EXPECT_TRUE(Values(*g).count("four-year"));
}

TEST_F(ExampleStoryTest, NameSpellingsAreVariants) {
  const std::tuple<FactKind, const char*, const char*, Set> cases[] = {
      {FactKind::kPerson, "report-2", "Sergey Lavrov", {"Sergei Lavrov", "Sergey Lavrov"}},
      {FactKind::kPlace, "report-5", "Kefraya", {"Kafraya", "Kefraya"}},
      {FactKind::kPlace, "report-5", "Foua", {"Fua", "Foua"}},
  };
  for (const auto& [kind, article, value, values] : cases) {
    const FactGroup* g = Find(kind, article, value);
    ASSERT_NE(g, nullptr) << value;
    EXPECT_EQ(g->verdict, Verdict::kVariant) << value;
    EXPECT_EQ(Values(*g), values) << value;
  }
}

TEST_F(ExampleStoryTest, ChurkinQuoteInTwoWordingsIsOneQuote) {
  const FactGroup* g = Find(FactKind::kQuote, "report-4", "According to the latest information");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->verdict, Verdict::kVariant);
  EXPECT_EQ(Articles(*g), (Set{"report-1", "report-4"}));
  EXPECT_EQ(g->about, "Vitaly Churkin");
}

TEST_F(ExampleStoryTest, SingleSourceFacts) {
  const std::pair<const char*, const char*> cases[] = {
      {"report-5", "15,000"}, {"report-2", "6,000"}, {"report-2", "366"}, {"report-2", "80,000"}};
  for (const auto& [article, value] : cases) {
    const FactGroup* g = Find(FactKind::kQuantity, article, value);
    ASSERT_NE(g, nullptr) << value;
    EXPECT_EQ(g->verdict, Verdict::kSingleSource) << value;
  }
}

TEST_F(ExampleStoryTest, SpansPointAtTheClaimInTheArticle) {
  for (const FactGroup& g : *groups_) {
    for (const Fact& f : g.claims) {
      const std::string& text = story_->articles[f.article].text;
      ASSERT_LE(f.end, text.size());
      ASSERT_LT(f.begin, f.end);
      const Sentence& s = analyzed_->sentences.at(f.sentence);
      EXPECT_EQ(s.article, f.article);
      EXPECT_LE(s.begin, f.begin) << f.value;
      if (g.kind != FactKind::kQuote) {
        EXPECT_GE(s.end, f.end) << f.value;
      }
      if (g.kind != FactKind::kPerson && g.kind != FactKind::kPlace &&
          g.kind != FactKind::kOrganization) {
        EXPECT_NE(text.substr(f.begin, f.end - f.begin).find(f.value), std::string::npos)
            << f.value;
      }
    }
  }
}

TEST_F(ExampleStoryTest, OutputIsDeterministicAndOrdered) {
  auto again = Corroborate(*analyzed_);
  ASSERT_TRUE(again.has_value());
  ASSERT_EQ(again->size(), groups_->size());
  auto rank = [](Verdict v) {
    return v == Verdict::kAgree ? 0 : v == Verdict::kConflict ? 1 : v == Verdict::kVariant ? 2 : 3;
  };
  for (size_t k = 0; k < groups_->size(); ++k) {
    EXPECT_EQ((*again)[k].about, (*groups_)[k].about);
    EXPECT_EQ((*again)[k].claims.size(), (*groups_)[k].claims.size());
    if (k > 0) {
      EXPECT_LE(rank((*groups_)[k - 1].verdict), rank((*groups_)[k].verdict));
    }
  }
}

TEST(CorroborateTest, AnalyzedStoryWithoutArticlesIsInvalidInput) {
  AnalyzedStory analyzed;
  auto groups = Corroborate(analyzed);
  ASSERT_FALSE(groups.has_value());
  EXPECT_EQ(groups.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(groups.error().message().find("no articles"), std::string::npos);
}

TEST(CorroborateTest, SentenceOutsideItsArticleIsAnError) {
  Story story;
  Article article;
  article.id = article.outlet = "a";
  article.text = "Short.";
  article.source = "a.txt";
  story.articles.push_back(article);
  AnalyzedStory analyzed;
  analyzed.story = std::make_shared<const Story>(story);
  Sentence s;
  s.article = 0;
  s.begin = 0;
  s.end = 99;
  analyzed.sentences.push_back(s);
  analyzed.article_sentences.emplace_back(0, 1);
  auto groups = Corroborate(analyzed);
  ASSERT_FALSE(groups.has_value());
  EXPECT_EQ(groups.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(groups.error().message().find("outside"), std::string::npos);

  analyzed.sentences[0].article = 3;
  groups = Corroborate(analyzed);
  ASSERT_FALSE(groups.has_value());
  EXPECT_EQ(groups.error().code(), ErrorCode::kInternal);
}

}  // namespace
}  // namespace crosswire

namespace crosswire {
namespace {

// Citations rest on claims: a digest made of every sentence that states a
// statement claim cites only articles holding a claim of the same group, and
// never report 3 for SOHR's "butcheries" quote, which report 3 does not carry.
TEST_F(ExampleStoryTest, CitationsOnlyWhereTheClaimIsStated) {
  Summary summary;
  for (size_t id = 0; id < analyzed_->sentences.size(); ++id) {
    if (analyzed_->sentences[id].kind == text::UnitKind::kSentence) {
      summary.sentences.push_back(SummarySentence{id, {}});
    }
  }
  ConfirmSupport(*analyzed_, *groups_, &summary);
  size_t cited = 0;
  for (const SummarySentence& s : summary.sentences) {
    const std::string text(analyzed_->text(analyzed_->sentences[s.sentence]));
    for (const Support& sup : s.support) {
      ++cited;
      EXPECT_NE(sup.article, analyzed_->sentences[s.sentence].article);
      if (text.find("butcheries") != std::string::npos) {
        ADD_FAILURE() << "quote cited from " << story_->articles[sup.article].id;
      }
      if (!sup.claim.empty()) {
        // The cited sentence holds a claim of the named group.
        bool holds = false;
        for (const FactGroup& g : *groups_) {
          if (g.about != sup.claim) continue;
          for (const Fact& f : g.claims) holds = holds || f.sentence == sup.sentence;
        }
        EXPECT_TRUE(holds) << sup.claim;
      }
    }
  }
  EXPECT_GT(cited, 0u);
}

// A citation rests on a count of the same thing: "113 people killed" and
// "all 113 victims" are one fact of the story, but a sentence about the
// victims' identification is not cited by one about the people killed.
TEST(CitationTest, ACountOfAnotherThingCitesNothing) {
  Story story;
  for (const char* text :
       {"Experts on Monday finished identifying all 113 victims of the Velmar air crash.\n",
        "The Velmar air crash killed 113 people, the airline said.\n"}) {
    Article a;
    a.id = a.outlet = a.source = std::string(text).substr(0, 12);
    a.text = text;
    story.articles.push_back(a);
  }
  auto analyzed = testing::AnalyzeForCorroboration(story);
  ASSERT_TRUE(analyzed.has_value()) << analyzed.error().message();
  auto groups = Corroborate(*analyzed);
  ASSERT_TRUE(groups.has_value()) << groups.error().message();
  // The two counts are one group ...
  bool one_group = false;
  for (const FactGroup& g : *groups) one_group = one_group || g.claims.size() == 2;
  EXPECT_TRUE(one_group);
  // ... and no sentence cites the other.
  Summary summary;
  for (size_t id = 0; id < analyzed->sentences.size(); ++id) {
    summary.sentences.push_back(SummarySentence{id, {}});
  }
  ConfirmSupport(*analyzed, *groups, &summary);
  for (const SummarySentence& s : summary.sentences) EXPECT_TRUE(s.support.empty()) << s.sentence;
}

}  // namespace
}  // namespace crosswire
