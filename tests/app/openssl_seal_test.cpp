// Sealing result files with OpenSSL (platform/native/openssl_seal.hpp): opens with the right key
// only, fails on any change, binds the programme's code. (The page's Web Crypto side and the two
// together: tests/browser/tests/16-sealed-results.test.mjs.)
#include "platform/native/openssl_seal.hpp"

#include <gtest/gtest.h>

#include "core/base64url.hpp"

namespace dl::platform::native {
namespace {

TEST(OpenSslSeal, OpensWithTheProgrammesKeyOnly) {
  const auto keys = new_sealing_keys();
  ASSERT_TRUE(keys);
  EXPECT_EQ(base64url_decode(keys->public_key)->size(), 65u);
  EXPECT_EQ(base64url_decode(keys->public_key)->front(), 0x04);
  const std::string text = "{\"format\": \"digilyft-result\", \"participant\": \"K7QM4XPD\"}\n";
  const auto sealed = seal(keys->public_key, "PRGM2345", text);
  ASSERT_TRUE(sealed);
  EXPECT_EQ(sealed->programme, "PRGM2345");
  EXPECT_EQ(sealed_file_json(*sealed).find("K7QM4XPD"), std::string::npos) << "nothing of it in clear";
  EXPECT_EQ(unseal(keys->private_key, *sealed), text);
  // Each sealing is new: another one-time key and IV, another text.
  const auto again = seal(keys->public_key, "PRGM2345", text);
  EXPECT_NE(again->data, sealed->data);
  EXPECT_NE(again->ephemeral_key, sealed->ephemeral_key);

  const auto other = new_sealing_keys();
  EXPECT_FALSE(unseal(other->private_key, *sealed)) << "another programme's key";
  SealedFile moved = *sealed;
  moved.programme = "OTHER234";
  EXPECT_FALSE(unseal(keys->private_key, moved)) << "the programme's code is bound to it";
  SealedFile changed = *sealed;
  auto bytes = *base64url_decode(changed.data);
  bytes[3] ^= 1;
  changed.data = base64url_encode(bytes);
  EXPECT_FALSE(unseal(keys->private_key, changed)) << "a changed byte";
  EXPECT_FALSE(seal("not-a-key", "PRGM2345", text));
  EXPECT_FALSE(unseal("not-a-key", *sealed));
}

// A file sealed by the page's Web Crypto code (web/js/seal.js, run in Node) opens with OpenSSL: the
// two sides are one scheme.
TEST(OpenSslSeal, OpensWhatWebCryptoSealed) {
  const std::string private_key = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgY7Vo3nXL2nD-GxWSAPycJOwtombANJ1IeruZi9ezSpihRANCAAT71i4h4rQoQ_8L-XB6ibV8XAUmIgGPKQXW0csbVaORlvYceQsA09JwUTtWe12HNntmmFTJOCf7eWwtsaY6CR9e";
  const SealedFile sealed{"PRGM2345", "BD3y8JB00NYRpDXKCwWiTpfZn7P8qwjb5rr-9zOnak4p0T9aWhTCzveeqxgDN_3AU9jmYPjR43nqIIzrLnSJBDQ", "L1BcLzEfb4u0H2k2",
                          "Fjl7srYoE8yLnShyq1hrkXkdoJlZAR5DnKorIwC0ppn-1LABXDkXtd04PTwAAKzpC-5BQlNzWpLx6FKDYExRPTaQ6Sifz8atRA"};
  EXPECT_EQ(unseal(private_key, sealed), std::optional<std::string>("{\"format\": \"digilyft-result\", \"participant\": \"K7QM4XPD\"}\n"));
}

}  // namespace
}  // namespace dl::platform::native
