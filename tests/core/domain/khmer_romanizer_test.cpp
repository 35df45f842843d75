#include "core/domain/khmer_romanizer.h"

#include <catch2/catch.hpp>

using camie::domain::KhmerRomanizer;

namespace {

std::string roman(const char* khmer) {
  return KhmerRomanizer::romanize(QString::fromUtf8(khmer)).toStdString();
}

} // namespace

TEST_CASE("common Khmer given names are romanised as cards spell them", "[domain]") {
  CHECK(roman("ដារ៉ា") == "Dara");    // ៉ moves រ to the a-series
  CHECK(roman("សុភា") == "Sophea");   // o-series ា: ea
  CHECK(roman("ស្រីមុំ") == "Sreymom");  // subscript រ, ី at a syllable's end
  CHECK(roman("វិចិត្រ") == "Vichet");  // a final with a silent subscript
  CHECK(roman("ពិសិដ្ឋ") == "Piseth");  // final ដ with subscript ឋ: th
  CHECK(roman("សំណាង") == "Samnang"); // ំ
  CHECK(roman("សុផល") == "Sophal");   // inherent vowel before a final
  CHECK(roman("ធារី") == "Theary");
  CHECK(roman("បូផា") == "Bopha");
  CHECK(roman("សុខា") == "Sokha");
}

TEST_CASE("common Khmer family names are romanised as cards spell them", "[domain]") {
  CHECK(roman("សុខ") == "Sok");   // final ខ: k
  CHECK(roman("ចាន់") == "Chan"); // ់ shortens
  CHECK(roman("ចន្ទ") == "Chan"); // silent subscript after the final
  CHECK(roman("ហេង") == "Heng");
  CHECK(roman("លី") == "Ly");
  CHECK(roman("ម៉ៅ") == "Mao");
  CHECK(roman("ឈុន") == "Chhun");
  CHECK(roman("នួន") == "Nuon");
  CHECK(roman("ស៊ុន") == "Sun"); // ៊ moves ស to the o-series
  CHECK(roman("ប៊ុន") == "Bun");
  CHECK(roman("កែវ") == "Keo");
}

TEST_CASE("a whole name keeps its words; what is not Khmer is dropped", "[domain]") {
  CHECK(roman("សុខ ដារ៉ា") == "Sok Dara");
  CHECK(roman("  លី   ស្រីមុំ ") == "Ly Sreymom");
  CHECK(roman("sok") == "");
  CHECK(roman("") == "");
}
