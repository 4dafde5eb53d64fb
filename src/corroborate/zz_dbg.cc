#include <iostream>
#include <string>

#include "extract.h"
using namespace crosswire::corroborate;
using crosswire::FactKind;
int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    auto t1 = line.find('\t');
    auto t2 = line.find('\t', t1 + 1);
    std::string kind = line.substr(0, t1), a = line.substr(t1 + 1, t2 - t1 - 1), b = line.substr(t2 + 1);
    FactKind k = kind == "person" ? FactKind::kPerson : kind == "place" ? FactKind::kPlace : FactKind::kOrganization;
    auto r = NameLink(MakeNameForm(a, k), MakeNameForm(b, k));
    std::cout << (r ? "LINK " : "---- ") << kind << ": " << a << " / " << b << (r ? "  (" + *r + ")" : "") << "\n";
  }
}
