#include "live/liveserver.h"

#include "live/closecode.h"
#include "live/internal/httpfront.h"
#include "live/internal/livetr.h"
#include "live/internal/lowdelayserver.h"
#include "live/internal/webfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrl>
#include <QWebSocket>

#include <utility>

namespace dojo::live {

using internal::Tr;

namespace {

constexpr int kSweepMs = 5000;
// A close waits until the client has been quiet this long (at most kLingerMaxMs): closing a
// socket with its messages still arriving resets it, and the client never reads why.
constexpr int kLingerQuietMs = 150;
constexpr int kLingerMaxMs = 2000;
constexpr int kLingerTickMs = 50;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

using Status = QHttpServerResponder::StatusCode;

void answer(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &body,
            const QByteArray &contentType, Status status = Status::Ok)
{
    internal::HttpFront::responderFor(request, socket)
        .write(body,
               {{QByteArrayLiteral("Content-Type"), contentType},
                {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")},
                {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")}},
               status);
}

void answerJson(const QHttpServerRequest &request, QTcpSocket *socket, const QJsonDocument &json)
{
    answer(request, socket, json.toJson(QJsonDocument::Compact),
           QByteArrayLiteral("application/json"));
}

} // namespace

struct LiveServer::Client
{
    quint64 id = 0;
    std::unique_ptr<QWebSocket> socket;
    LiveTable *table = nullptr;
    bool player = false;
    bool closing = false;
    int closeCode = 0; // a close waiting for the client to stop sending (0: none)
    QString closeReason;
    qint64 closeBy = 0;
    double allowance = 0; // messages it may still send now (a token bucket)
    qint64 refilledAt = 0;
    qint64 lastHeard = 0;
};

LiveServer::LiveServer(QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<internal::HttpFront>(
          [this](const QHttpServerRequest &request, QTcpSocket *socket) {
              return answerHttp(request, socket);
          }))
    , m_firstSeq(nowMs() * 1000)
{
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this,
            &LiveServer::acceptWebSockets);
    m_sweep.setInterval(kSweepMs);
    connect(&m_sweep, &QTimer::timeout, this, &LiveServer::sweepSilent);
    m_sweep.start();
    m_linger.setInterval(kLingerTickMs);
    connect(&m_linger, &QTimer::timeout, this, &LiveServer::closeLingering);
}

LiveServer::~LiveServer()
{
    for (auto &[id, client] : m_clients)
        client->socket->disconnect(this);
    m_clients.clear();
}

Result<quint16> LiveServer::listen(const QHostAddress &address, quint16 port)
{
    auto server = std::make_unique<internal::LowDelayServer>();
    if (!server->listen(address, port)) {
        return Unexpected(Tr::tr("cannot serve the live games on port %1: %2")
                              .arg(port)
                              .arg(server->errorString()));
    }
    m_port = server->serverPort();
    m_http->bind(server.release()); // the HTTP server owns it now
    return m_port;
}

LiveTable *LiveServer::addTable(const LiveTableInfo &info)
{
    if (LiveTable *known = table(info.id)) {
        known->setInfo(info);
        return known;
    }
    auto *table = new LiveTable(info, m_firstSeq, this);
    m_tables[info.id] = table;
    connect(table, &LiveTable::published, this, [this, table](const OutgoingPtr &message) {
        const auto watchers = m_watchers.find(table);
        if (watchers == m_watchers.end())
            return;
        for (Client *client : watchers->second)
            deliver(*client, message);
    });
    return table;
}

LiveTable *LiveServer::table(qint64 tableId) const
{
    const auto found = m_tables.find(tableId);
    return found == m_tables.end() ? nullptr : found->second;
}

void LiveServer::removeTable(qint64 tableId)
{
    LiveTable *gone = table(tableId);
    if (!gone)
        return;
    if (const auto watchers = m_watchers.find(gone); watchers != m_watchers.end()) {
        for (Client *client : std::vector<Client *>(watchers->second))
            close(*client, int(CloseCode::NoTable), Tr::tr("The table was removed."));
        m_watchers.erase(gone);
    }
    for (auto &[id, client] : m_clients)
        if (client->table == gone)
            client->table = nullptr;
    m_tables.erase(tableId);
    gone->deleteLater();
}

std::vector<qint64> LiveServer::tableIds() const
{
    std::vector<qint64> ids;
    for (const auto &[id, table] : m_tables)
        ids.push_back(id);
    return ids;
}

LiveTable *LiveServer::tableNamed(const QString &name) const
{
    for (const auto &[id, table] : m_tables)
        if (table->info().name.compare(name, Qt::CaseInsensitive) == 0)
            return table;
    return nullptr;
}

// --- HTTP -------------------------------------------------------------------------------

bool LiveServer::answerHttp(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 upgrades a WebSocket request that its handler claims without answering it; the
    // connection then comes to acceptWebSockets().
    if (request.url().path() == QLatin1String("/ws")
        && request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive)
               == 0)
        return true;
    if (request.method() != QHttpServerRequest::Method::Get) {
        answer(request, socket, QByteArrayLiteral("Only GET is served here.\n"),
               QByteArrayLiteral("text/plain; charset=utf-8"), Status::MethodNotAllowed);
        return true;
    }
    const QString path = request.url().path();
    const auto page = [&](const QString &name) {
        if (const std::optional<internal::WebFile> file = internal::webFile(name)) {
            answer(request, socket, file->body, file->contentType);
            return true;
        }
        return false;
    };
    bool answered = false;
    if (path == QLatin1String("/") || path.startsWith(QLatin1String("/t/")))
        answered = page(QStringLiteral("index.html"));
    else if (path.startsWith(QLatin1String("/overlay/")))
        answered = page(QStringLiteral("overlay.html"));
    else if (path == QLatin1String("/tournaments")
             || path.startsWith(QLatin1String("/tournaments/")))
        answered = page(QStringLiteral("tournament.html"));
    else if (path.startsWith(QLatin1String("/web/")))
        answered = page(path.mid(5));
    if (answered)
        return true;
    if (path == QLatin1String("/api/venue")) {
        answerJson(request, socket,
                   QJsonDocument(QJsonObject{
                       {QStringLiteral("name"), m_venueName},
                       {QStringLiteral("protocol"), kProtocolVersion},
                       {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                       {QStringLiteral("tables"), int(m_tables.size())}}));
        return true;
    }
    if (path == QLatin1String("/api/tables") || path == QLatin1String("/api/matches")) {
        const bool matchesOnly = path == QLatin1String("/api/matches");
        QJsonArray list;
        for (const auto &[id, table] : m_tables) {
            const QJsonValue match = table->matchJson();
            if (matchesOnly) {
                if (!match.isNull())
                    list.append(QJsonObject{{QStringLiteral("table"), table->info().name},
                                            {QStringLiteral("match"), match}});
                continue;
            }
            const auto watchers = m_watchers.find(table);
            list.append(
                QJsonObject{{QStringLiteral("name"), table->info().name},
                            {QStringLiteral("size"), tableSizeKey(table->info().size)},
                            {QStringLiteral("status"), table->info().status},
                            {QStringLiteral("camera"), table->info().camera},
                            {QStringLiteral("watching"),
                             watchers == m_watchers.end() ? 0 : int(watchers->second.size())},
                            {QStringLiteral("match"), match}});
        }
        answerJson(request, socket, QJsonDocument(list));
        return true;
    }
    if (path == QLatin1String("/api/tournaments")
        || path.startsWith(QLatin1String("/api/tournaments/"))) {
        answerTournaments(request, socket, path);
        return true;
    }
    if (path == QLatin1String("/metrics") && m_metrics) {
        answer(request, socket, m_metrics(),
               QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
        return true;
    }
    answer(request, socket, QByteArrayLiteral("Not found.\n"),
           QByteArrayLiteral("text/plain; charset=utf-8"), Status::NotFound);
    return true;
}

void LiveServer::answerTournaments(const QHttpServerRequest &request, QTcpSocket *socket,
                                   const QString &path)
{
    const auto sentence = [&](const QString &text, Status status) {
        answer(request, socket, (text + QLatin1Char('\n')).toUtf8(),
               QByteArrayLiteral("text/plain; charset=utf-8"), status);
    };
    if (path == QLatin1String("/api/tournaments")) {
        const Result<QJsonArray> list
            = m_tournaments.list ? m_tournaments.list() : Result<QJsonArray>(QJsonArray());
        if (list)
            answerJson(request, socket, QJsonDocument(*list));
        else
            sentence(list.error(), Status::ServiceUnavailable);
        return;
    }
    // Only plain decimal ids: "/api/tournaments/7", never "+7", "07" or "7/x".
    static const QRegularExpression plainId(QStringLiteral("^[1-9][0-9]{0,17}$"));
    const QString id = path.mid(QLatin1String("/api/tournaments/").size());
    const QString unknown = Tr::tr("This venue has no tournament %1.").arg(id.left(40));
    if (!plainId.match(id).hasMatch() || !m_tournaments.one) {
        sentence(unknown, Status::NotFound);
        return;
    }
    const Result<std::optional<QJsonObject>> one = m_tournaments.one(id.toLongLong());
    if (!one)
        sentence(one.error(), Status::ServiceUnavailable);
    else if (!*one)
        sentence(unknown, Status::NotFound);
    else
        answerJson(request, socket, QJsonDocument(**one));
}

// --- WebSockets ------------------------------------------------------------------------

void LiveServer::acceptWebSockets()
{
    while (m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        QWebSocket *raw = socket.get();
        raw->setParent(nullptr);
        if (raw->requestUrl().path() != QLatin1String("/ws")) {
            raw->close(QWebSocketProtocol::CloseCode(int(CloseCode::Policy)),
                       Tr::tr("The live games are served at /ws."));
            connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
            socket.release();
            continue;
        }
        if (int(m_clients.size()) >= m_limits.maxConnections) {
            raw->close(QWebSocketProtocol::CloseCode(int(CloseCode::ServerFull)),
                       Tr::tr("The venue's server is full: try again in a minute."));
            connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
            socket.release();
            continue;
        }
        raw->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
        raw->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxMessageBytes));
        auto client = std::make_unique<Client>();
        client->id = m_nextClient++;
        client->socket = std::move(socket);
        client->allowance = m_limits.burst;
        client->refilledAt = client->lastHeard = nowMs();
        const quint64 id = client->id;
        connect(raw, &QWebSocket::textMessageReceived, this, [this, id](const QString &text) {
            if (const auto found = m_clients.find(id); found != m_clients.end())
                received(*found->second, text);
        });
        connect(raw, &QWebSocket::binaryMessageReceived, this, [this, id] {
            if (const auto found = m_clients.find(id); found != m_clients.end()) {
                found->second->lastHeard = nowMs();
                close(*found->second, int(CloseCode::Unsupported),
                      Tr::tr("Messages are JSON text, not binary."));
            }
        });
        // Queued: a client closed while the table's messages go out (or while its own message
        // is handled) stays valid until that loop is done.
        connect(raw, &QWebSocket::disconnected, this, [this, id] {
            if (const auto found = m_clients.find(id); found != m_clients.end())
                found->second->closing = true; // nothing more is sent to it
        });
        connect(
            raw, &QWebSocket::disconnected, this, [this, id] { forget(id); }, Qt::QueuedConnection);
        m_clients.emplace(id, std::move(client));
        Q_EMIT connectionsChanged(connections());
    }
}

void LiveServer::received(Client &client, const QString &text)
{
    const qint64 now = nowMs();
    client.lastHeard = now; // a closing client still sending keeps its close waiting
    if (client.closing)
        return;
    client.allowance = std::min<double>(
        m_limits.burst,
        client.allowance + (now - client.refilledAt) * m_limits.messagesPerSecond / 1000.0);
    client.refilledAt = now;
    if (client.allowance < 1) {
        close(client, int(CloseCode::TooMany),
              Tr::tr("Too many messages: at most %1 a second.").arg(m_limits.messagesPerSecond));
        return;
    }
    client.allowance -= 1;
    const Result<ClientMessage, ProtocolError> message = readClientMessage(text.toUtf8());
    if (!message) {
        close(client, message.error().closeCode, message.error().reason);
        return;
    }
    handle(client, *message);
}

void LiveServer::handle(Client &client, const ClientMessage &message)
{
    if (const auto *join = std::get_if<JoinMessage>(&message)) {
        if (client.table) {
            close(client, int(CloseCode::Policy),
                  Tr::tr("This connection has joined a table already."));
            return;
        }
        this->join(client, *join);
        return;
    }
    if (!client.table) {
        close(client, int(CloseCode::Policy), Tr::tr("The first message must be \"join\"."));
        return;
    }
    const QString type = messageType(message);
    if (std::holds_alternative<PingMessage>(message)) {
        reply(client,
              {{QStringLiteral("type"), QStringLiteral("pong")}, {QStringLiteral("t"), nowMs()}});
        return;
    }
    if (!client.player) {
        close(client, int(CloseCode::Policy),
              Tr::tr("Spectators only watch: \"%1\" needs the table's card.").arg(type));
        return;
    }
    LiveTable &table = *client.table;
    Result<void> done;
    if (const auto *sit = std::get_if<SitMessage>(&message))
        done = table.sit(client.id, sit->seat);
    else if (const auto *setup = std::get_if<SetupMessage>(&message))
        done = table.setup(client.id, *setup);
    else if (const auto *request = std::get_if<venue::PlayerRequest>(&message))
        done = table.request(client.id, *request);
    else if (const auto *chat = std::get_if<ChatMessage>(&message))
        done = table.chat(client.id, chat->text);
    answerRequest(client, type, done);
}

void LiveServer::answerRequest(Client &client, const QString &type, const Result<void> &done)
{
    const std::optional<rules::Seat> seat = client.table->seatOf(client.id);
    QJsonObject answer{
        {QStringLiteral("type"), done ? QStringLiteral("accepted") : QStringLiteral("refused")},
        {QStringLiteral("request"), type},
        {QStringLiteral("seat"), seat ? QJsonValue(*seat) : QJsonValue()}};
    if (!done)
        answer.insert(QStringLiteral("reason"), done.error());
    reply(client, answer);
}

void LiveServer::join(Client &client, const JoinMessage &join)
{
    LiveTable *table = tableNamed(join.table);
    if (!table) {
        close(client, int(CloseCode::NoTable),
              Tr::tr("This venue has no table \"%1\".").arg(join.table.left(60)));
        return;
    }
    if (join.token && !m_tokens.valid(table->info().id, *join.token)) {
        close(client, int(CloseCode::BadToken),
              Tr::tr("This card's code is not valid any more: scan the card on the table again, "
                     "or ask the desk for a new one."));
        return;
    }
    client.table = table;
    client.player = join.token.has_value();
    std::optional<Result<void>> satDown;
    if (client.player && join.seat)
        satDown = table->sit(client.id, *join.seat);
    // Watching only now: the seats message of that sit comes in order, in what is missed or in
    // the snapshot, never before them.
    m_watchers[table].push_back(&client);
    if (join.seq) {
        if (const auto missed = table->since(*join.seq)) {
            for (const OutgoingPtr &message : *missed)
                send(client, message->text);
            if (satDown) // no snapshot tells the seat: the answer does
                answerRequest(client, QStringLiteral("sit"), *satDown);
            return;
        }
    }
    send(client, table->snapshot(client.player, table->seatOf(client.id)));
}

void LiveServer::deliver(Client &client, const OutgoingPtr &message)
{
    if (client.closing)
        return;
    const qint64 waiting = client.socket->bytesToWrite();
    if (waiting > m_limits.closeAbove) {
        close(client, int(CloseCode::TooSlow),
              Tr::tr("The connection reads too slowly: join again."));
        return;
    }
    if (message->isState && waiting > m_limits.dropStatesAbove)
        return; // a later state tells where the balls are
    send(client, message->text);
    // Written now, not on the event loop's next pass: no socket notifier turned on and off per
    // message, and bytesToWrite() then counts only what the client has not taken.
    client.socket->flush();
}

void LiveServer::reply(Client &client, const QJsonObject &message)
{
    send(client, messageText(message));
}

void LiveServer::send(Client &client, const QString &text)
{
    client.socket->sendTextMessage(text);
    ++m_messagesSent;
}

void LiveServer::close(Client &client, int code, const QString &reason)
{
    if (client.closing)
        return;
    client.closing = true;
    client.closeCode = code;
    client.closeReason = reason;
    client.closeBy = nowMs() + kLingerMaxMs;
    if (!m_linger.isActive())
        m_linger.start();
}

void LiveServer::closeLingering()
{
    const qint64 now = nowMs();
    bool waiting = false;
    for (auto &[id, client] : m_clients) {
        if (client->closeCode == 0)
            continue;
        if (now - client->lastHeard < kLingerQuietMs && now < client->closeBy) {
            waiting = true;
            continue;
        }
        const int code = std::exchange(client->closeCode, 0);
        client->socket->close(QWebSocketProtocol::CloseCode(code), client->closeReason);
    }
    if (!waiting)
        m_linger.stop();
}

void LiveServer::forget(quint64 clientId)
{
    const auto found = m_clients.find(clientId);
    if (found == m_clients.end())
        return;
    std::unique_ptr<Client> client = std::move(found->second);
    m_clients.erase(found);
    if (client->table) {
        auto &watchers = m_watchers[client->table];
        watchers.erase(std::remove(watchers.begin(), watchers.end(), client.get()), watchers.end());
        client->table->leave(client->id);
    }
    client->socket->disconnect(this);
    client->socket.release()->deleteLater(); // it is still emitting `disconnected`
    Q_EMIT connectionsChanged(connections());
}

void LiveServer::sweepSilent()
{
    const qint64 now = nowMs();
    std::vector<Client *> silent;
    for (auto &[id, client] : m_clients)
        if (now - client->lastHeard > qint64(m_limits.silentSeconds) * 1000)
            silent.push_back(client.get());
    for (Client *client : silent)
        close(*client, int(CloseCode::TooMany),
              Tr::tr("Nothing was heard for %1 seconds.").arg(m_limits.silentSeconds));
}

} // namespace dojo::live
