// Tests for base64url without padding: RFC 4648's test vectors, round trips and refusals.
#include "core/base64url.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

std::vector<unsigned char> bytes(std::string_view s) { return {s.begin(), s.end()}; }

TEST(Base64url, Rfc4648Vectors) {
  EXPECT_EQ(base64url_encode(bytes("")), "");
  EXPECT_EQ(base64url_encode(bytes("f")), "Zg");
  EXPECT_EQ(base64url_encode(bytes("fo")), "Zm8");
  EXPECT_EQ(base64url_encode(bytes("foo")), "Zm9v");
  EXPECT_EQ(base64url_encode(bytes("foob")), "Zm9vYg");
  EXPECT_EQ(base64url_encode(bytes("fooba")), "Zm9vYmE");
  EXPECT_EQ(base64url_encode(bytes("foobar")), "Zm9vYmFy");
  EXPECT_EQ(base64url_encode({0xfb, 0xff}), "-_8");  // the url-safe letters
  EXPECT_EQ(base64url_decode("Zm9vYmE"), bytes("fooba"));
}

TEST(Base64url, RoundTripsEveryLength) {
  std::vector<unsigned char> data;
  for (int n = 0; n < 70; ++n) {
    EXPECT_EQ(base64url_decode(base64url_encode(data)), data) << n;
    data.push_back(static_cast<unsigned char>(n * 37 + 11));
  }
}

TEST(Base64url, RefusesWhatNoBytesEncodeTo) {
  EXPECT_FALSE(base64url_decode("Zm9v="));   // padding
  EXPECT_FALSE(base64url_decode("Zm+v"));    // standard base64's letters
  EXPECT_FALSE(base64url_decode("Zm9vY"));   // 4n + 1 characters
  EXPECT_FALSE(base64url_decode("Zh"));      // leftover bits not zero
  EXPECT_FALSE(base64url_decode("Zm 9v"));
}

}  // namespace
}  // namespace dl
