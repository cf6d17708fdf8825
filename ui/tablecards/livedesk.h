#pragma once

#include <core/result.h>
#include <print/tablecard.h>

#include <QString>

#include <functional>
#include <vector>

namespace dojo::ui {

// What the app gives the window for the live games: the tables' cards, each with its join
// link, and a way to void them all with new join codes. The window never sees a token or the
// venue's secret.
struct LiveDesk
{
    std::function<std::vector<print::TableCard>()> cards;
    std::function<Result<void>()> renewCodes;

    bool isSet() const { return cards && renewCodes; }
};

// The status bar's line while the live games are served at `base`, with `watching` phones and
// screens connected.
QString liveStatusText(const QString &base, int watching);
// The status bar's line while another DojoPool on this PC (the service) serves them at `base`.
QString liveBesideText(const QString &base);
// The status bar's line when the live games could not start, with the reason.
QString liveOffText(const QString &reason);

} // namespace dojo::ui
