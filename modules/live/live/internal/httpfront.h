#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

namespace dojo::live::internal {

// QAbstractHttpServer answering every request through one function (the live server's): the
// routes are ours, so nothing outside them is ever served.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Answer = std::function<bool(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpFront(Answer answer, QObject *parent = nullptr);

    static QHttpServerResponder responderFor(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Answer m_answer;
};

} // namespace dojo::live::internal
