#pragma once

#include "players/playerrecords.h"
#include "players/profilepage.h"

#include <venue/floor.h>
#include <venue/playerratings.h>

#include <QPointer>
#include <QWidget>

#include <functional>
#include <map>
#include <vector>

class QLabel;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace dojo::venue {
class RatingsBook;
class VenueEdit;
class VenueModel;
} // namespace dojo::venue

namespace dojo::ui {

class HeadToHeadPage;
class LeaderboardPage;
class MergeDialog;
class PlayerFinder;

// Players → Players… (Ctrl+Shift+P): the shown venue's players in a window of their own. The
// Players page finds a player as you type and shows their profile (ProfilePage); the
// Leaderboards page ranks them by game; Head to Head compares two. From here a profile is
// edited, duplicates merged and separated, and results entered, voided or corrected by hand,
// each an undoable step on the main window's undo stack naming the member signed in. The
// ratings are the venue's RatingsBook, read again on open, after each change made here, and
// soon after another desk or `serve` writes results or matches (scheduleReload).
class PlayersWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Players, Leaderboards, HeadToHead };

    PlayersWindow(venue::VenueModel &model, venue::RatingsBook &ratings, PlayerRecords records,
                  QUndoStack &undoStack, std::function<venue::Actor()> actor,
                  QWidget *parent = nullptr);

    qint64 venueId() const { return m_venueId; }
    // Reads the ratings again, then shows every page anew.
    void reload();
    // Reads again in a moment: what another desk wrote comes in bursts.
    void scheduleReload();
    // The Players page on the player's profile (a merged duplicate: the player kept).
    void showPlayer(qint64 playerId);
    void showPage(Page page);
    Page currentPage() const;

    // Every change, as an undoable step on the undo stack; a refusal is shown as its sentence.
    void editProfile(); // asks, for the profile shown
    void changeProfile(const venue::Player &changed);
    void askMergeInto(); // the profile shown is a duplicate of whom?
    void mergePlayer(qint64 duplicateId, qint64 intoId);
    void unmergePlayer(qint64 duplicateId);
    MergeDialog *openMergeDialog(); // Players → Merge Duplicates…
    void askForResult();            // Players → Enter Result…
    void enterResult(const venue::HandResult &result);
    void askToVoid(const venue::PlayerMatch &match); // asks why
    void voidResult(const venue::PlayerMatch &match, const QString &reason);
    void askToCorrect(const venue::PlayerMatch &match);
    void correctResult(const venue::PlayerMatch &match, const venue::HandResult &corrected,
                       const QString &reason);

    PlayerFinder *finder() const { return m_finder; }
    ProfilePage *profilePage() const { return m_profile; }
    LeaderboardPage *leaderboardPage() const { return m_leaderboard; }
    HeadToHeadPage *headToHeadPage() const { return m_headToHead; }
    QTabWidget *pages() const { return m_pages; }
    const std::map<qint64, venue::PlayerRating> &ratings() const { return m_ratings; }
    // The last refusal or failure shown, for a person; empty when the last step went well.
    QString problem() const { return m_problem; }

private:
    QWidget *makePlayersPage();
    void readProfile();
    void pushEdit(std::unique_ptr<venue::VenueEdit> edit, const QString &failure);
    void showProblem(const QString &what, const QString &why);
    void clearProblem();
    void showSummary();
    QString nameOf(qint64 playerId) const;
    // The hand result a row of the profile's matches stands for, the profile's player first.
    venue::HandResult handResultOf(const venue::PlayerMatch &match) const;

    venue::VenueModel &m_model;
    venue::RatingsBook &m_book;
    PlayerRecords m_records;
    QUndoStack &m_undoStack;
    std::function<venue::Actor()> m_actor;
    qint64 m_venueId = 0;
    qint64 m_shownId = 0;
    std::vector<venue::Player> m_players;
    std::map<qint64, venue::PlayerRating> m_ratings;
    QString m_problem;

    QTabWidget *m_pages = nullptr;
    PlayerFinder *m_finder = nullptr;
    ProfilePage *m_profile = nullptr;
    LeaderboardPage *m_leaderboard = nullptr;
    HeadToHeadPage *m_headToHead = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_profileTimer = nullptr; // the profile follows the selection after a pause
    QTimer *m_reloadTimer = nullptr;
    QPointer<MergeDialog> m_mergeDialog;
};

} // namespace dojo::ui
