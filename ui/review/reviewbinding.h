#pragma once

#include <core/result.h>
#include <venue/staff.h>

#include <QObject>
#include <QPointer>

#include <functional>

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

    // Asked before a referee's edit or overrule reaches the table's referee (the window's signed-in
    // member of staff, audited when refused); the refusal is shown. Without one, all may.
    using Guard = std::function<Result<void>(venue::Permission, const QString &subject)>;
    void setGuard(Guard guard) { m_guard = std::move(guard); }

private:
    void refreshShots();
    void refreshOutcomes();
    Result<void> allowed(const QString &subject) const; // the guard's verdict on overruling

    ReviewScreen &m_screen;
    qint64 m_tableId;
    QPointer<venue::TableReferee> m_referee;
    capture::ReplayBuffer &m_replays;
    Guard m_guard;
};

} // namespace dojo::ui
