// Plain text: the whole file is one article, kept byte for byte (after UTF-8
// repair, done by the caller) so that byte spans index the file as read.
#include "reader_util.h"

namespace crosswire::ingest::internal {

Result<std::vector<Article>> ParseText(std::string_view content, std::string_view source) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);  // a BOM is not text
  Article article = NewArticle();
  article.id = FileStem(source);
  article.text.assign(content);
  article.source.assign(source);
  std::vector<Article> articles;
  articles.push_back(std::move(article));
  return articles;
}

}  // namespace crosswire::ingest::internal
