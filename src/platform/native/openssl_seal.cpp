// Sealing with OpenSSL 3: ECDH P-256 with a one-time key pair, HKDF-SHA-256 (salt: the one-time
// public key, info: kSealInfo) to an AES-256-GCM key, the programme's code as additional data.
#include "platform/native/openssl_seal.hpp"

#include <memory>
#include <vector>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include "core/base64url.hpp"

namespace dl::platform::native {
namespace {

using Bytes = std::vector<unsigned char>;
struct PkeyFree { void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); } };
struct CtxFree { void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); } };
struct CipherFree { void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); } };
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Ctx = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;

Pkey new_p256() { return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")); }

std::optional<Bytes> public_point(EVP_PKEY* key) {
  Bytes point(65);
  std::size_t size = 0;
  if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size(), &size) != 1 ||
      size != 65 || point[0] != 0x04)
    return std::nullopt;
  return point;
}

Pkey from_public_point(const Bytes& point) {
  if (point.size() != 65 || point[0] != 0x04) return nullptr;
  char group[] = "P-256";
  Bytes copy = point;
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0),
                         OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, copy.data(), copy.size()),
                         OSSL_PARAM_construct_end()};
  Ctx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
  EVP_PKEY* key = nullptr;
  if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
      EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
    return nullptr;
  return Pkey(key);
}

std::optional<Bytes> ecdh(EVP_PKEY* own, EVP_PKEY* peer) {
  Ctx ctx(EVP_PKEY_CTX_new(own, nullptr));
  std::size_t size = 0;
  if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1 ||
      EVP_PKEY_derive(ctx.get(), nullptr, &size) != 1)
    return std::nullopt;
  Bytes secret(size);
  if (EVP_PKEY_derive(ctx.get(), secret.data(), &size) != 1) return std::nullopt;
  secret.resize(size);
  return secret;
}

std::optional<Bytes> hkdf(const Bytes& secret, const Bytes& salt) {
  Ctx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
  Bytes key(32);
  std::size_t size = key.size();
  if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) != 1 ||
      EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), salt.data(), static_cast<int>(salt.size())) != 1 ||
      EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), secret.data(), static_cast<int>(secret.size())) != 1 ||
      EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), reinterpret_cast<const unsigned char*>(kSealInfo.data()),
                                  static_cast<int>(kSealInfo.size())) != 1 ||
      EVP_PKEY_derive(ctx.get(), key.data(), &size) != 1 || size != 32)
    return std::nullopt;
  return key;
}

// AES-256-GCM; the 16-byte tag follows the sealed text, as Web Crypto writes it.
std::optional<Bytes> gcm(bool encrypt, const Bytes& key, const Bytes& iv, const std::string& aad, const Bytes& in) {
  std::unique_ptr<EVP_CIPHER_CTX, CipherFree> ctx(EVP_CIPHER_CTX_new());
  if (!ctx || iv.size() != 12 || (!encrypt && in.size() < 16)) return std::nullopt;
  const std::size_t body = encrypt ? in.size() : in.size() - 16;
  Bytes out(body + 16);
  int n = 0;
  const auto init = encrypt ? EVP_EncryptInit_ex : EVP_DecryptInit_ex;
  const auto update = encrypt ? EVP_EncryptUpdate : EVP_DecryptUpdate;
  if (init(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), iv.data()) != 1 ||
      update(ctx.get(), nullptr, &n, reinterpret_cast<const unsigned char*>(aad.data()), static_cast<int>(aad.size())) != 1 ||
      update(ctx.get(), out.data(), &n, in.data(), static_cast<int>(body)) != 1)
    return std::nullopt;
  if (encrypt) {
    int tail = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), out.data() + n, &tail) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, out.data() + body) != 1)
      return std::nullopt;
    return out;
  }
  Bytes tag(in.end() - 16, in.end());
  int tail = 0;
  if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tag.data()) != 1 ||
      EVP_DecryptFinal_ex(ctx.get(), out.data() + n, &tail) != 1)
    return std::nullopt;  // changed, or another key
  out.resize(body);
  return out;
}

}  // namespace

std::optional<SealingKeys> new_sealing_keys() {
  Pkey key = new_p256();
  if (!key) return std::nullopt;
  const auto point = public_point(key.get());
  PKCS8_PRIV_KEY_INFO* info = EVP_PKEY2PKCS8(key.get());
  if (!point || info == nullptr) {
    PKCS8_PRIV_KEY_INFO_free(info);
    return std::nullopt;
  }
  unsigned char* der = nullptr;
  const int size = i2d_PKCS8_PRIV_KEY_INFO(info, &der);
  PKCS8_PRIV_KEY_INFO_free(info);
  if (size <= 0) return std::nullopt;
  Bytes pkcs8(der, der + size);
  OPENSSL_clear_free(der, static_cast<std::size_t>(size));
  return SealingKeys{base64url_encode(*point), base64url_encode(pkcs8)};
}

std::optional<SealedFile> seal(const std::string& public_key, const std::string& programme, const std::string& text) {
  const auto point = base64url_decode(public_key);
  if (!point) return std::nullopt;
  Pkey peer = from_public_point(*point);
  Pkey own = new_p256();
  if (!peer || !own) return std::nullopt;
  const auto own_point = public_point(own.get());
  const auto secret = own_point ? ecdh(own.get(), peer.get()) : std::nullopt;
  const auto key = secret ? hkdf(*secret, *own_point) : std::nullopt;
  Bytes iv(12);
  if (!key || RAND_bytes(iv.data(), static_cast<int>(iv.size())) != 1) return std::nullopt;
  const auto sealed = gcm(true, *key, iv, seal_additional_data(programme), Bytes(text.begin(), text.end()));
  if (!sealed) return std::nullopt;
  return SealedFile{programme, base64url_encode(*own_point), base64url_encode(iv), base64url_encode(*sealed)};
}

std::optional<std::string> unseal(const std::string& private_key, const SealedFile& file) {
  const auto pkcs8 = base64url_decode(private_key);
  const auto point = base64url_decode(file.ephemeral_key);
  const auto iv = base64url_decode(file.iv);
  const auto data = base64url_decode(file.data);
  if (!pkcs8 || !point || !iv || !data) return std::nullopt;
  const unsigned char* p = pkcs8->data();
  PKCS8_PRIV_KEY_INFO* info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, static_cast<long>(pkcs8->size()));
  if (info == nullptr) return std::nullopt;
  Pkey own(EVP_PKCS82PKEY(info));
  PKCS8_PRIV_KEY_INFO_free(info);
  Pkey peer = from_public_point(*point);
  if (!own || !peer) return std::nullopt;
  const auto secret = ecdh(own.get(), peer.get());
  const auto key = secret ? hkdf(*secret, *point) : std::nullopt;
  if (!key) return std::nullopt;
  const auto text = gcm(false, *key, *iv, seal_additional_data(file.programme), *data);
  if (!text) return std::nullopt;
  return std::string(text->begin(), text->end());
}

}  // namespace dl::platform::native
