#include "livebeside.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace dojo::app {

namespace {

// The reply's body when it is a 200; empty otherwise.
QByteArray okBody(const QByteArray &reply)
{
    const qsizetype headerEnd = reply.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !reply.startsWith("HTTP/1.1 200"))
        return {};
    return reply.mid(headerEnd + 4);
}

// Whether the reply is whole: its headers, and as much body as its Content-Length says.
bool whole(const QByteArray &reply)
{
    const qsizetype headerEnd = reply.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray headers = reply.left(headerEnd).toLower();
    const qsizetype length = headers.indexOf("\r\ncontent-length:");
    if (length < 0)
        return false; // read until the server closes
    const qsizetype valueStart = length + qsizetype(sizeof("\r\ncontent-length:") - 1);
    const qsizetype valueEnd = headers.indexOf("\r\n", valueStart);
    bool ok = false;
    const qsizetype bodyLength = headers.mid(valueStart, valueEnd < 0 ? -1 : valueEnd - valueStart)
                                     .trimmed()
                                     .toLongLong(&ok);
    return ok && reply.size() - (headerEnd + 4) >= bodyLength;
}

} // namespace

bool servedBeside(quint16 port, const QString &venueName, int timeoutMs)
{
    if (port == 0)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write("GET /api/venue HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    while (!whole(reply) && !deadline.hasExpired()
           && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(int(deadline.remainingTime())))
            reply += socket.readAll();
    }
    reply += socket.readAll();
    const QJsonObject venue = QJsonDocument::fromJson(okBody(reply)).object();
    return venue.value(QStringLiteral("protocol")).toInt() >= 1
           && venue.value(QStringLiteral("name")).toString() == venueName;
}

} // namespace dojo::app
