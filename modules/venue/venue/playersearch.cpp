#include "venue/playersearch.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace dojo::venue {

namespace {

// Letters that do not come apart into a letter and an accent.
QString spelt(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss"); // ß
    case 0x00E6: return QStringLiteral("ae"); // æ
    case 0x0153: return QStringLiteral("oe"); // œ
    case 0x00F8: return QStringLiteral("o");  // ø
    case 0x0142: return QStringLiteral("l");  // ł
    case 0x0111: return QStringLiteral("d");  // đ
    case 0x0131: return QStringLiteral("i");  // dotless i
    case 0x00FE: return QStringLiteral("th"); // þ
    default: return QString(c);
    }
}

// Accents dropped and case folded; everything else kept.
QString withoutAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        plain += spelt(c);
    }
    return plain;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// A contact as two players' are compared: an e-mail address folded, a phone number's digits.
QString contactKey(const QString &contact)
{
    const QString folded = withoutAccents(contact).simplified();
    if (folded.contains(u'@'))
        return folded;
    const QString digits = digitsOf(folded);
    return digits.size() >= 6 ? digits : QString();
}

bool startsAWord(const QStringList &words, const QString &word)
{
    return std::any_of(words.begin(), words.end(),
                       [&](const QString &candidate) { return candidate.startsWith(word); });
}

// How well one typed word is found in the player, or none.
std::optional<SearchRank> wordRank(const QString &word, const QStringList &nameWords,
                                   const QString &name, const QString &nickname,
                                   const QString &contact, const QString &contactDigits)
{
    if (startsAWord(nameWords, word))
        return SearchRank::WordStart;
    if (name.contains(word) || nickname.contains(word))
        return SearchRank::Inside;
    if (contact.contains(word))
        return SearchRank::Contact;
    const QString digits = digitsOf(word);
    if (digits.size() >= 3 && digits.size() == word.size() && contactDigits.contains(digits))
        return SearchRank::Contact;
    return std::nullopt;
}

} // namespace

QString foldedName(const QString &text)
{
    return foldedWords(text).join(u' ');
}

QStringList foldedWords(const QString &text)
{
    const QString plain = withoutAccents(text);
    QStringList words;
    QString word;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

std::optional<SearchRank> searchRank(const Player &player, const QString &typed)
{
    const QString text = foldedName(typed);
    const QString typedRaw = withoutAccents(typed).simplified();
    if (text.isEmpty() && typedRaw.isEmpty())
        return SearchRank::WholeName;
    const QString name = foldedName(player.name);
    const QString nickname = foldedName(player.nickname);
    if (!text.isEmpty()) {
        if (name == text || nickname == text)
            return SearchRank::WholeName;
        if (name.startsWith(text) || (!nickname.isEmpty() && nickname.startsWith(text)))
            return SearchRank::NameStart;
    }
    const QString contact = withoutAccents(player.contact).simplified();
    const QStringList words = foldedWords(typed);
    if (!words.isEmpty()) {
        const QStringList nameWords = foldedWords(player.name) + foldedWords(player.nickname);
        const QString contactDigits = digitsOf(contact);
        std::optional<SearchRank> worst = SearchRank::WordStart;
        for (const QString &word : words) {
            const std::optional<SearchRank> rank
                = wordRank(word, nameWords, name, nickname, contact, contactDigits);
            if (!rank) {
                worst.reset();
                break;
            }
            worst = std::max(*worst, *rank);
        }
        if (worst)
            return worst;
    }
    // An e-mail address or a phone number typed whole, punctuation and all.
    if (!typedRaw.isEmpty() && contact.contains(typedRaw))
        return SearchRank::Contact;
    return std::nullopt;
}

std::vector<Player> findPlayers(const std::vector<Player> &players, const QString &typed)
{
    struct Found
    {
        SearchRank rank;
        QString name;
        const Player *player;
    };
    std::vector<Found> found;
    for (const Player &player : players) {
        if (const std::optional<SearchRank> rank = searchRank(player, typed))
            found.push_back({*rank, foldedName(player.name), &player});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return std::tie(a.rank, a.name, a.player->id) < std::tie(b.rank, b.name, b.player->id);
    });
    std::vector<Player> ordered;
    ordered.reserve(found.size());
    for (const Found &f : found)
        ordered.push_back(*f.player);
    return ordered;
}

std::vector<LikelyDuplicate> likelyDuplicates(const std::vector<Player> &players)
{
    std::vector<const Player *> byId;
    for (const Player &player : players)
        byId.push_back(&player);
    std::sort(byId.begin(), byId.end(),
              [](const Player *a, const Player *b) { return a->id < b->id; });
    // Pairs by index into byId, with what they share.
    std::map<std::pair<size_t, size_t>, LikelyDuplicate> pairs;
    const auto pairUp
        = [&](const QHash<QString, std::vector<size_t>> &groups, bool LikelyDuplicate::*flag) {
              for (const std::vector<size_t> &group : groups) {
                  for (size_t i = 0; i < group.size(); ++i) {
                      for (size_t j = i + 1; j < group.size(); ++j) {
                          LikelyDuplicate &pair = pairs[{group[i], group[j]}];
                          pair.first = *byId[group[i]];
                          pair.second = *byId[group[j]];
                          pair.*flag = true;
                      }
                  }
              }
          };
    QHash<QString, std::vector<size_t>> byName;
    QHash<QString, std::vector<size_t>> byContact;
    for (size_t i = 0; i < byId.size(); ++i) {
        const QString name = foldedWords(byId[i]->name).join(QString());
        if (!name.isEmpty())
            byName[name].push_back(i);
        const QString contact = contactKey(byId[i]->contact);
        if (!contact.isEmpty())
            byContact[contact].push_back(i);
    }
    pairUp(byName, &LikelyDuplicate::sameName);
    pairUp(byContact, &LikelyDuplicate::sameContact);
    std::vector<LikelyDuplicate> duplicates;
    duplicates.reserve(pairs.size());
    for (auto &[indexes, pair] : pairs)
        duplicates.push_back(std::move(pair));
    return duplicates;
}

} // namespace dojo::venue
