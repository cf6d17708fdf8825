#include "live/internal/httpfront.h"

#include <QHttpServerResponder>

namespace dojo::live::internal {

HttpFront::HttpFront(Answer answer, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_answer(std::move(answer))
{
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    return m_answer(request, socket);
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace dojo::live::internal
