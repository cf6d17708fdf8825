#include "live/internal/webfiles.h"

#include <QFile>
#include <QRegularExpression>

namespace dojo::live::internal {

namespace {

QByteArray contentTypeOf(const QString &name)
{
    if (name.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css; charset=utf-8");
    if (name.endsWith(QLatin1String(".svg")))
        return QByteArrayLiteral("image/svg+xml");
    if (name.endsWith(QLatin1String(".png")))
        return QByteArrayLiteral("image/png");
    if (name.endsWith(QLatin1String(".json")))
        return QByteArrayLiteral("application/json");
    return QByteArrayLiteral("application/octet-stream");
}

} // namespace

std::optional<WebFile> webFile(const QString &name)
{
    static const QRegularExpression plainName(
        QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"));
    if (!plainName.match(name).hasMatch())
        return std::nullopt;
    QFile file(QStringLiteral(":/web/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return WebFile{file.readAll(), contentTypeOf(name)};
}

} // namespace dojo::live::internal
