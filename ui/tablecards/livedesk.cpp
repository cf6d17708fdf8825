#include "tablecards/livedesk.h"

#include "common/uitr.h"

namespace dojo::ui {

QString liveStatusText(const QString &base, int watching)
{
    return Tr::tr("Live at %1 · %n watching", nullptr, watching).arg(base);
}

QString liveBesideText(const QString &base)
{
    return Tr::tr("Live at %1 · served by another DojoPool on this PC").arg(base);
}

QString liveOffText(const QString &reason)
{
    return Tr::tr("Live games are off: %1").arg(reason);
}

} // namespace dojo::ui
