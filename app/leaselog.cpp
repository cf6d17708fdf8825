#include "leaselog.h"

#include "apptext.h"

#include <venue/tableleasing.h>

namespace dojo::app {

void logTableLeases(venue::TableLeasing &leasing, std::function<QString(qint64)> tableName)
{
    QObject::connect(
        &leasing, &venue::TableLeasing::heldElsewhere, &leasing,
        [tableName](qint64 tableId, const QString &holder) {
            qInfo("%s",
                  qPrintable(
                      AppText::tr("%1: run by %2; standing by").arg(tableName(tableId), holder)));
        });
    QObject::connect(
        &leasing, &venue::TableLeasing::gained, &leasing,
        [tableName, holder = leasing.holder()](qint64 tableId, const QString &previous) {
            if (previous.isEmpty())
                qInfo("%s", qPrintable(
                                AppText::tr("%1: run here by %2").arg(tableName(tableId), holder)));
            else
                qInfo(
                    "%s",
                    qPrintable(
                        AppText::tr("%1: taking over from %2").arg(tableName(tableId), previous)));
        });
    QObject::connect(&leasing, &venue::TableLeasing::lost, &leasing,
                     [tableName](qint64 tableId, const QString &holder) {
                         if (holder.isEmpty())
                             qWarning("%s", qPrintable(AppText::tr("%1: the table's lease could "
                                                                   "not be renewed; its match is "
                                                                   "no longer written here")
                                                           .arg(tableName(tableId))));
                         else
                             qWarning("%s", qPrintable(AppText::tr("%1: now run by %2; its match "
                                                                   "is no longer written here")
                                                           .arg(tableName(tableId), holder)));
                     });
    QObject::connect(&leasing, &venue::TableLeasing::problem, &leasing, [](const QString &reason) {
        qWarning("%s", qPrintable(AppText::tr("cannot renew the tables' leases: %1").arg(reason)));
    });
}

} // namespace dojo::app
