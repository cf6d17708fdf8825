#pragma once

#include <QString>

namespace dojo::app {

// Whether another DojoPool on this PC (the dojopool service, or a second window) already
// serves the live games of the venue named `venueName` on `port`: asks its /api/venue on the
// loopback, waiting at most `timeoutMs` in all. Anything else on the port, or nothing, is no.
bool servedBeside(quint16 port, const QString &venueName, int timeoutMs = 1500);

} // namespace dojo::app
