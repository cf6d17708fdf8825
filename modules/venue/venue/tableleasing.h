#pragma once

#include "venue/floor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <vector>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// The leases of the tables this process may run: a table's match is written only by the process
// that holds its lease (storage::TableLeases). Takes or renews each wanted table's lease at once
// and then on a timer, and says when one is gained or lost; a table held elsewhere is taken
// over once its holder stops renewing (it died, or the network is gone).
class TableLeasing : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int leaseSeconds = 10; // how long a lease lasts unless renewed
        int renewMs = 3000;    // how often it is renewed (and a table held elsewhere tried)
    };

    TableLeasing(storage::Database &database, QString holder, Timing timing,
                 QObject *parent = nullptr);
    TableLeasing(storage::Database &database, QString holder, QObject *parent = nullptr);
    ~TableLeasing() override; // releases every lease it holds

    // Leases exactly these tables from now on: the others are released, and these are taken or
    // renewed now (the signals come before this returns), then on the timer.
    void setTables(const std::vector<Table> &tables);
    void releaseAll();

    bool holds(qint64 tableId) const;
    // Who held the table when it was last tried: this process, another, or empty.
    QString holderOf(qint64 tableId) const;
    const QString &holder() const { return m_holder; }

    // "venuepc pid 4242 9f3a61": the PC, the process and a random part, so a restarted
    // process with the same pid is another holder.
    static QString holderForThisProcess();

Q_SIGNALS:
    // The table is this process's to write; `previousHolder` is the process whose lease had
    // expired, empty when the table was free.
    void gained(qint64 tableId, const QString &previousHolder);
    // Not this process's any more: `holder` took it over, or (empty) the lease could not be
    // renewed in time. Stop writing the table at once.
    void lost(qint64 tableId, const QString &holder);
    // Another process runs the table (said once per holder while this one stands by).
    void heldElsewhere(qint64 tableId, const QString &holder);
    // A take or renewal failed; the reason is one line (said once until one succeeds).
    void problem(const QString &reason);

private:
    struct Lease
    {
        bool ours = false;
        QString holder;
        QElapsedTimer renewed; // since this process last renewed it
    };

    void tryTable(qint64 tableId);
    void renewAll();

    storage::Database &m_database;
    QString m_holder;
    Timing m_timing;
    QTimer m_timer;
    std::map<qint64, Lease> m_leases;
    bool m_failing = false;
};

} // namespace dojo::venue
