#include "storage/internal/writeclock.h"

#include <QSqlDriver>
#include <QVariant>

namespace dojo::storage::internal {

namespace {

const char *const kProperty = "dojoWriteClock";

} // namespace

void WriteClock::record(double milliseconds)
{
    ++m_times.writes;
    m_times.totalMilliseconds += milliseconds;
    if (int(m_times.milliseconds.size()) < WriteTimes::kKept)
        m_times.milliseconds.push_back(milliseconds);
}

WriteTimes WriteClock::take()
{
    WriteTimes taken = std::move(m_times);
    m_times = WriteTimes();
    return taken;
}

void WriteClock::attach(const QSqlDatabase &db, WriteClock *clock)
{
    if (QSqlDriver *driver = db.driver())
        driver->setProperty(kProperty, QVariant::fromValue(static_cast<void *>(clock)));
}

WriteClock *WriteClock::of(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    return driver ? static_cast<WriteClock *>(driver->property(kProperty).value<void *>())
                  : nullptr;
}

} // namespace dojo::storage::internal
