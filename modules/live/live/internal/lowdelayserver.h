#pragma once

#include <QTcpServer>
#include <QTcpSocket>

namespace dojo::live::internal {

// A QTcpServer whose connections send each write at once (TCP_NODELAY): a ball update is a
// small message that must not wait for the last one's acknowledgement (Nagle's algorithm).
class LowDelayServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace dojo::live::internal
