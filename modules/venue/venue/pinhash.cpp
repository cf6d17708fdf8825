#include "venue/pinhash.h"

#include "venue/internal/venuetr.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <array>

namespace dojo::venue {

using internal::Tr;

namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
// Stored hashes with fewer or more rounds than this are not ours: never read as a match.
constexpr int kMinIterations = 1000;
constexpr int kMaxIterations = 10'000'000;

bool allDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QByteArray derive(const QString &secret, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt,
                                              iterations, kKeyBytes);
}

// Every byte is compared whatever the first difference, so the time says nothing.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

Result<void> checkPinRule(const QString &secret)
{
    if (secret.size() >= 8) // a password, or a PIN of 8 digits
        return {};
    if (secret.size() >= 4 && allDigits(secret))
        return {};
    return Unexpected(Tr::tr("A PIN is 4 to 8 digits and a password at least 8 characters."));
}

QString hashPinWith(const QString &secret, const QByteArray &salt, int iterations)
{
    return QStringList{kScheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derive(secret, salt, iterations).toBase64())}
        .join(u'$');
}

Result<QString> hashPin(const QString &secret)
{
    if (Result<void> rule = checkPinRule(secret); !rule)
        return Unexpected(rule.error());
    std::array<quint32, kSaltBytes / 4> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray salt(reinterpret_cast<const char *>(words.data()), kSaltBytes);
    return hashPinWith(secret, salt, kPinHashIterations);
}

bool pinMatches(const QString &secret, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool isNumber = false;
    const int iterations = parts[1].toInt(&isNumber);
    if (!isNumber || iterations < kMinIterations || iterations > kMaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts[3].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.size() != kKeyBytes)
        return false;
    return sameBytes(derive(secret, salt.decoded, iterations), hash.decoded);
}

} // namespace dojo::venue
