#pragma once

#include <QObject>
#include <QPointer>

namespace dojo::capture {
class ReplayBuffer;
}
namespace dojo::venue {
class TableReferee;
}

namespace dojo::ui {

class ReviewScreen;

// Keeps a review screen on one table's referee and the venue's replays: the held shots and
// their outcomes shown as they come, the match for the overrule dialog, and the referee's
// confirm, edit and overrule carried to the table's referee, whose refusal is shown on the
// screen. Lives as long as the screen (its child).
class ReviewBinding : public QObject
{
    Q_OBJECT

public:
    ReviewBinding(ReviewScreen &screen, qint64 tableId, venue::TableReferee &referee,
                  capture::ReplayBuffer &replays);

    // Shows the table's shot `number`, or its newest when that is not held.
    void showShot(int number);

private:
    void refreshShots();
    void refreshOutcomes();

    ReviewScreen &m_screen;
    qint64 m_tableId;
    QPointer<venue::TableReferee> m_referee;
    capture::ReplayBuffer &m_replays;
};

} // namespace dojo::ui
