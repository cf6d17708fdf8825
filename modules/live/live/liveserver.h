#pragma once

#include "live/jointokens.h"
#include "live/livetable.h"

#include <core/result.h>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QHttpServerRequest;
class QTcpSocket;
class QWebSocket;

namespace dojo::live {

namespace internal {
class HttpFront;
}

// What a connection may do before it is closed (docs/protocol.md, "Limits and close codes").
struct LiveLimits
{
    int maxConnections = 2000;
    int messagesPerSecond = 20;
    int burst = 40;
    qint64 maxMessageBytes = 64 * 1024;
    qint64 dropStatesAbove = 256 * 1024; // waiting to be sent: states are skipped
    qint64 closeAbove = 4 * 1024 * 1024; // waiting to be sent: the client is closed
    int silentSeconds = 60;
};

// The venue's tournaments as /api/tournaments and /api/tournaments/ID answer them
// (docs/protocol.md), from whoever reads them: the list, and one tournament by id (none: not
// this venue's). The server reads no database itself.
struct LiveTournaments
{
    std::function<Result<QJsonArray>()> list;
    std::function<Result<std::optional<QJsonObject>>(qint64 id)> one;
};

// The venue's live server: HTTP (the web client from the app's resources, a read-only JSON
// API) and WebSockets (/ws) on one port. Each client joins one table and gets its numbered
// messages; a slow client skips states and never slows the others; a client that breaks a
// rule is closed with a code and a reason. Lives on the thread that runs the venue.
class LiveServer : public QObject
{
    Q_OBJECT

public:
    explicit LiveServer(QObject *parent = nullptr);
    ~LiveServer() override;

    // Listens on `address`:`port` (0: any free port); the port it got, or why it could not.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

    void setLimits(const LiveLimits &limits) { m_limits = limits; }
    void setVenueName(const QString &name) { m_venueName = name; }
    // The secret that signs the tables' join links; players already joined stay.
    void setJoinSecret(const QByteArray &secret) { m_tokens = JoinTokens(secret); }
    const JoinTokens &tokens() const { return m_tokens; }
    // Where the tournaments come from; none set: there are none.
    void setTournaments(LiveTournaments tournaments) { m_tournaments = std::move(tournaments); }

    // A table clients may join (owned by the server), or the one already there for `info.id`,
    // updated.
    LiveTable *addTable(const LiveTableInfo &info);
    LiveTable *table(qint64 tableId) const;
    // The table goes; its clients are closed (4004).
    void removeTable(qint64 tableId);
    std::vector<qint64> tableIds() const;

    int connections() const { return int(m_clients.size()); }
    // Messages sent to the clients since the server started (the health view's count).
    long long messagesSent() const { return m_messagesSent; }
    // What /metrics answers (the Prometheus text, docs/health.md), from whoever measures it;
    // none set: /metrics is not found.
    void setMetrics(std::function<QByteArray()> metrics) { m_metrics = std::move(metrics); }

Q_SIGNALS:
    void connectionsChanged(int connections);

private:
    friend class internal::HttpFront;
    struct Client;

    bool answerHttp(const QHttpServerRequest &request, QTcpSocket *socket);
    void answerTournaments(const QHttpServerRequest &request, QTcpSocket *socket,
                           const QString &path);
    void acceptWebSockets();
    void received(Client &client, const QString &text);
    void join(Client &client, const JoinMessage &join);
    void handle(Client &client, const ClientMessage &message);
    void deliver(Client &client, const OutgoingPtr &message);
    void reply(Client &client, const QJsonObject &message);
    // `accepted` or `refused` with the seat the client holds now.
    void answerRequest(Client &client, const QString &type, const Result<void> &done);
    void close(Client &client, int code, const QString &reason);
    void closeLingering();
    void forget(quint64 clientId);
    void sweepSilent();
    LiveTable *tableNamed(const QString &name) const;
    void send(Client &client, const QString &text);

    std::unique_ptr<internal::HttpFront> m_http;
    LiveLimits m_limits;
    QString m_venueName;
    JoinTokens m_tokens;
    LiveTournaments m_tournaments;
    quint16 m_port = 0;
    qint64 m_firstSeq = 0;
    std::map<qint64, LiveTable *> m_tables;
    quint64 m_nextClient = 1;
    std::map<quint64, std::unique_ptr<Client>> m_clients;
    std::unordered_map<LiveTable *, std::vector<Client *>> m_watchers;
    QTimer m_sweep;
    QTimer m_linger;
    long long m_messagesSent = 0;
    std::function<QByteArray()> m_metrics;
};

} // namespace dojo::live
