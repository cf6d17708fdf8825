#pragma once

#include <venue/matchpairing.h>
#include <venue/staff.h>

#include <QWidget>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace dojo::venue {
class MatchQueue;
class TableTime;
class VenueModel;
} // namespace dojo::venue

namespace dojo::ui {

class PlayerPicker;

// The match queue beside the floor: players waiting for a game with their rating and how long
// they have waited; below, the pairs the queue proposes from the ratings (the nearest rating
// within the gap a wait allows) with their gap and wait. A player joins (found by typing, Enter)
// or leaves (Delete), each an undoable edit (Undo of a leave joins again, at the back). Pair
// Them… (Enter on a pair) asks first, as a match cannot be undone, and offers a free table to
// seat the two at, starting their table time. The waits and pairs are looked at again every
// half minute, as the allowed gap widens.
class MatchQueuePanel : public QWidget
{
    Q_OBJECT

public:
    using ActorOf = std::function<venue::Actor()>;
    // The ratings the queue pairs on, by player id (venue::RatingsBook::ratings()).
    using RatingsOf = std::function<std::map<qint64, double>()>;
    using TableTimeOf = std::function<venue::TableTime *()>; // null: nobody is seated from here

    MatchQueuePanel(venue::MatchQueue &queue, venue::VenueModel &model, QUndoStack &undoStack,
                    ActorOf actor, RatingsOf ratings, TableTimeOf tableTime,
                    QWidget *parent = nullptr);

    QTreeWidget *waitingList() const { return m_waiting; }
    QTreeWidget *pairList() const { return m_pairs; }
    PlayerPicker *picker() const { return m_picker; }
    QComboBox *gameChoice() const { return m_game; }
    const std::vector<venue::ProposedPair> &proposals() const { return m_proposals; }
    QString statusText() const;

    void joinPicked();
    void leaveSelected();
    void pairSelected(); // asks first
    // Reads the waits and the proposals again (the clock moved, the ratings were refreshed).
    void showQueue();

private:
    void updateActions();
    void say(const QString &sentence);
    double ratingOf(const venue::WaitingPlayer &player,
                    const std::map<qint64, double> &ratings) const;
    std::vector<venue::Table> freeTables() const;
    Result<void> join(qint64 playerId, const QString &game);
    Result<void> leave(qint64 playerId);

    venue::MatchQueue &m_queue;
    venue::VenueModel &m_model;
    QUndoStack &m_undoStack;
    ActorOf m_actor;
    RatingsOf m_ratings;
    TableTimeOf m_tableTime;
    std::vector<venue::ProposedPair> m_proposals;
    QTreeWidget *m_waiting = nullptr;
    QTreeWidget *m_pairs = nullptr;
    PlayerPicker *m_picker = nullptr;
    QComboBox *m_game = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_leave = nullptr;
    QPushButton *m_pair = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace dojo::ui
