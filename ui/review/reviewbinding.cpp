#include "review/reviewbinding.h"

#include "review/reviewscreen.h"

#include <capture/replaybuffer.h>
#include <venue/tablereferee.h>

namespace dojo::ui {

ReviewBinding::ReviewBinding(ReviewScreen &screen, qint64 tableId, venue::TableReferee &referee,
                             capture::ReplayBuffer &replays)
    : QObject(&screen)
    , m_screen(screen)
    , m_tableId(tableId)
    , m_referee(&referee)
    , m_replays(replays)
{
    connect(
        &replays, &capture::ReplayBuffer::shotAdded, this,
        [this](qint64 table, int) {
            if (table == m_tableId)
                refreshShots();
        },
        Qt::QueuedConnection);
    connect(&referee, &venue::TableReferee::changed, this, &ReviewBinding::refreshOutcomes);
    connect(&screen, &ReviewScreen::confirmRequested, this,
            [this](int number, const QString &name, const QString &reason) {
                if (!m_referee)
                    return;
                if (const Result<void> done = m_referee->confirm(number, name, reason); !done)
                    m_screen.setProblem(done.error());
            });
    connect(
        &screen, &ReviewScreen::correctRequested, this,
        [this](int number, const ShotRecord &edited, const QString &name, const QString &reason) {
            if (!m_referee)
                return;
            if (const Result<void> may
                = allowed(QStringLiteral("table:%1 shot %2").arg(m_tableId).arg(number));
                !may) {
                m_screen.setProblem(may.error());
                return;
            }
            if (const Result<void> done = m_referee->correct(number, edited, name, reason); !done)
                m_screen.setProblem(done.error());
        });
    connect(
        &screen, &ReviewScreen::overruleRequested, this,
        [this](const rules::Correction &correction, const QString &name, const QString &reason) {
            if (!m_referee)
                return;
            if (const Result<void> may = allowed(QStringLiteral("table:%1").arg(m_tableId)); !may) {
                m_screen.setProblem(may.error());
                return;
            }
            if (const Result<void> done = m_referee->overrule(correction, name, reason); !done)
                m_screen.setProblem(done.error());
        });
    refreshShots();
    refreshOutcomes();
}

void ReviewBinding::showShot(int number)
{
    if (std::shared_ptr<const capture::ReplayShot> shot = m_replays.shot(m_tableId, number))
        m_screen.showShot(std::move(shot));
    else if (std::shared_ptr<const capture::ReplayShot> last = m_replays.lastShotOf(m_tableId))
        m_screen.showShot(std::move(last));
    refreshOutcomes();
}

Result<void> ReviewBinding::allowed(const QString &subject) const
{
    return m_guard ? m_guard(venue::Permission::OverruleRuling, subject) : Result<void>();
}

void ReviewBinding::refreshShots()
{
    m_screen.setShots(m_replays.shotsOf(m_tableId));
    refreshOutcomes();
}

void ReviewBinding::refreshOutcomes()
{
    if (!m_referee)
        return;
    for (const venue::RefereedShot &shot : m_referee->shots())
        m_screen.showOutcome(shot);
    if (const venue::TableMatch *match = m_referee->match())
        m_screen.setMatch(match->match().rack(), match->match().score(), match->players());
    else
        m_screen.clearMatch();
}

} // namespace dojo::ui
