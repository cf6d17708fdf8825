#pragma once

#include <core/result.h>

#include <QString>

namespace dojo::venue {

// PBKDF2-HMAC-SHA256 rounds of a stored PIN hash: a check takes about 0.27 s here (Qt's PBKDF2,
// about 5 us a round; tests/bench/bench_pinhash), so every guess at a stolen hash costs as much.
inline constexpr int kPinHashIterations = 50000;

// Whether `secret` may be a PIN (4 to 8 digits) or a password (8 characters or more);
// refused with one sentence saying what it must be.
Result<void> checkPinRule(const QString &secret);

// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (salt and hash in base64) of `secret` with a new random
// 16-byte salt, the only form a PIN is ever kept in. Refused when checkPinRule() refuses.
Result<QString> hashPin(const QString &secret);
// As hashPin() with a given salt and rounds: for tests and the benchmark only.
QString hashPinWith(const QString &secret, const QByteArray &salt, int iterations);

// Whether `secret` matches `stored`, compared in constant time; a stored text that is not a
// hash this build reads never matches.
bool pinMatches(const QString &secret, const QString &stored);

} // namespace dojo::venue
