#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dojo::live::internal {

struct WebFile
{
    QByteArray body;
    QByteArray contentType;
};

// A file of the web client by its plain name ("client.js"): only names of letters, digits,
// '-', '_' and '.' (not first) are looked up, and only in the app's resources under :/web, so
// no request reaches anything else.
std::optional<WebFile> webFile(const QString &name);

} // namespace dojo::live::internal
