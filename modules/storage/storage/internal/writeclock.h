#pragma once

#include "storage/writetimes.h"

#include <QSqlDatabase>

namespace dojo::storage::internal {

// Where a connection's writes are timed: each Database keeps one and hangs it on its driver,
// so a Transaction made from the bare QSqlDatabase finds it. Used on the connection's thread.
class WriteClock
{
public:
    void record(double milliseconds);
    WriteTimes take();

    // Hangs `clock` on the connection (null: takes it off).
    static void attach(const QSqlDatabase &db, WriteClock *clock);
    // The connection's clock; null when it has none (a connection not opened by Database).
    static WriteClock *of(const QSqlDatabase &db);

private:
    WriteTimes m_times;
};

} // namespace dojo::storage::internal
