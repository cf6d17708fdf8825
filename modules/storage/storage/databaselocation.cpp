#include "storage/databaselocation.h"

#include "storage/internal/storagetr.h"

#include <QDir>
#include <QUrl>

namespace dojo::storage {

using internal::Tr;

namespace {

Unexpected<QString> failure(const QString &error)
{
    return Unexpected(error);
}

QString percentDecoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

bool isAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

bool isSchemeName(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

// Host and database may contain ':' (IPv6) or be a socket folder; the port is checked here.
Result<DatabaseLocation> parsePostgreSQL(QStringView rest)
{
    // Never quote the whole URL in an error: it may carry a password.
    if (rest.contains(u'?') || rest.contains(u'#'))
        return failure(Tr::tr("the PostgreSQL URL has options after '?' or '#', which "
                              "DojoPool does not support"));

    const qsizetype slash = rest.indexOf(u'/');
    const QStringView authority = slash < 0 ? rest : rest.left(slash);
    const QStringView path = slash < 0 ? QStringView() : rest.mid(slash + 1);

    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::PostgreSQL;

    const qsizetype at = authority.lastIndexOf(u'@');
    const QStringView hostPort = at < 0 ? authority : authority.mid(at + 1);
    if (at >= 0) {
        const QStringView userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        location.user = percentDecoded(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            location.password = percentDecoded(userInfo.mid(colon + 1));
        if (location.user.isEmpty())
            return failure(Tr::tr("the PostgreSQL URL has an '@' but no user name before it"));
    }

    QStringView host = hostPort;
    QStringView portText;
    bool hasPort = false;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return failure(Tr::tr("the PostgreSQL URL's host has a '[' without its ']'"));
        host = hostPort.mid(1, close - 1);
        const QStringView after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return failure(Tr::tr("the PostgreSQL URL has text after the host's ']' "
                                      "that is not a ':port'"));
            hasPort = true;
            portText = after.mid(1);
        }
    } else {
        const qsizetype colon = hostPort.lastIndexOf(u':');
        if (colon >= 0) {
            host = hostPort.left(colon);
            portText = hostPort.mid(colon + 1);
            hasPort = true;
        }
    }

    location.host = percentDecoded(host);
    if (location.host.isEmpty())
        return failure(Tr::tr("the PostgreSQL URL names no host; write "
                              "postgresql://user@host:port/database"));
    if (hasPort) {
        if (portText.isEmpty())
            return failure(Tr::tr("the PostgreSQL URL has a ':' after the host but no port"));
        bool ok = false;
        const int port = isAsciiDigits(portText) ? portText.toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535)
            return failure(Tr::tr("the port \"%1\" in the PostgreSQL URL is not a number "
                                  "from 1 to 65535")
                               .arg(portText));
        location.port = port;
    }

    location.databaseName = percentDecoded(path);
    if (location.databaseName.isEmpty())
        return failure(Tr::tr("the PostgreSQL URL names no database; add /database after "
                              "the host"));
    if (location.databaseName.contains(u'/'))
        return failure(Tr::tr("the database name \"%1\" in the PostgreSQL URL contains a '/'")
                           .arg(location.databaseName));
    return location;
}

Result<DatabaseLocation> parseSQLite(QStringView rest)
{
    QString path;
    if (rest.startsWith(u"//")) {
        if (!rest.startsWith(u"///"))
            return failure(Tr::tr("an SQLite URL has no host: write sqlite:///absolute/path "
                                  "or sqlite:relative/path"));
        path = percentDecoded(rest.mid(2));
    } else {
        path = rest.toString();
    }
    if (path.isEmpty() || path == u'/')
        return failure(Tr::tr("the sqlite: URL names no database file"));

    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::SQLite;
    location.sqlitePath = path;
    return location;
}

} // namespace

QString DatabaseLocation::describe() const
{
    if (kind == Kind::SQLite)
        return QStringLiteral("SQLite ") + QDir::toNativeSeparators(sqlitePath);
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("PostgreSQL ") + who + shownHost + u':' + QString::number(port) + u'/'
           + databaseName;
}

Result<DatabaseLocation> parseDatabaseUrl(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return failure(Tr::tr("the database URL is empty"));

    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || !isSchemeName(QStringView(text).left(colon)))
        return failure(Tr::tr("the database URL has no scheme; write "
                              "postgresql://user@host:port/database or sqlite:PATH"));
    const QString scheme = text.left(colon).toLower();
    const QStringView rest = QStringView(text).mid(colon + 1);

    if (scheme == u"postgresql" || scheme == u"postgres") {
        if (!rest.startsWith(u"//"))
            return failure(Tr::tr("a PostgreSQL URL starts with postgresql://"));
        return parsePostgreSQL(rest.mid(2));
    }
    if (scheme == u"sqlite")
        return parseSQLite(rest);

    // Only the scheme is quoted: the rest may hold a password.
    const QString shownScheme
        = scheme.size() > 20 ? scheme.left(20) + QStringLiteral("...") : scheme;
    return failure(Tr::tr("unknown database URL scheme \"%1\"; use postgresql:// or sqlite:")
                       .arg(shownScheme));
}

DatabaseLocation sqliteInDataFolder(const QString &dataFolder)
{
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::SQLite;
    location.sqlitePath = QDir(dataFolder).filePath(QStringLiteral("dojopool.sqlite"));
    return location;
}

} // namespace dojo::storage
