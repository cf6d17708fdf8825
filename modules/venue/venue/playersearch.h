#pragma once

#include "venue/floor.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dojo::venue {

// A name as people compare names: accents dropped ("Zoë" is "zoe"), case folded, a few letters
// spelt out ("ß" is "ss", "ø" is "o"), and every run of what is not a letter or a digit one
// space, trimmed: "  Jean-Luc  O'Brien " is "jean luc o brien".
QString foldedName(const QString &text);
// The words of foldedName.
QStringList foldedWords(const QString &text);

// How well a typed text finds a player, best first. A typed text of several words finds a
// player when every word is found; the rank is that of the word found worst.
enum class SearchRank {
    WholeName, // the name or nickname is the text
    NameStart, // the name or nickname starts with the text
    WordStart, // every word starts a word of the name or nickname
    Inside,    // every word is inside the name or nickname
    Contact,   // found in the contact (a phone number by its digits alone)
};

// None: the text does not find the player. An empty text finds everyone as WholeName.
std::optional<SearchRank> searchRank(const Player &player, const QString &typed);

// The players the typed text finds, best first, then by folded name, then by id.
std::vector<Player> findPlayers(const std::vector<Player> &players, const QString &typed);

// Two players who look like one person, for the merge screen.
struct LikelyDuplicate
{
    Player first; // the lower id
    Player second;
    bool sameName = false;    // the same name, folded, spaces and punctuation left out
    bool sameContact = false; // the same e-mail address, or the same phone number's digits
};

// Every pair of `players` that look like the same person, by the first's id, then the second's.
// Empty contacts never match; a phone number needs 6 digits or more.
std::vector<LikelyDuplicate> likelyDuplicates(const std::vector<Player> &players);

} // namespace dojo::venue
