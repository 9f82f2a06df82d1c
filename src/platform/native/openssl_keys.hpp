// Record keys and new secrets natively, from OpenSSL (libcrypto): the same HMAC-SHA-256 the page
// computes with Web Crypto (web/js/keys.js), so digilyft-report and the page give the same tables.
#pragma once
#include <string>

#include "core/aggregate.hpp"
#include "core/cell_key.hpp"

namespace dl::platform::native {

// HMAC-SHA-256 of the participant code (its UTF-8 bytes) under the secret's 32 bytes, as a record
// key (record_key_from_digest). 0 when `secret` is not a workspace secret.
RecordKey record_key(const std::string& secret, const std::string& participant_code);
// A record key for every participant of the workspace, under its secret.
RecordKeys record_keys(const Workspace& workspace);
// A new secret from OpenSSL's cryptographic random generator ("" if it fails).
std::string new_secret();

}  // namespace dl::platform::native
