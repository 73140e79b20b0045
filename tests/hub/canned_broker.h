#pragma once
// A broker stand-in for tests: a QTcpServer on a free loopback port that records each HTTP
// request and answers what the test tells it to — including answers no well-behaved server
// gives (a body shorter than its Content-Length, no answer at all).

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

struct SeenRequest {
    QByteArray method;
    QByteArray target;                      ///< path and query as sent
    QHash<QByteArray, QByteArray> headers;  ///< names in lower case
    QByteArray body;
};

struct CannedAnswer {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool truncate = false;  ///< announce more bytes than are sent, then close
    bool hang = false;      ///< never answer

    void header(const QByteArray& name, const QByteArray& value) { headers.append({name, value}); }
};

class CannedBroker : public QObject {
public:
    using Handler = std::function<CannedAnswer(const SeenRequest&, int index)>;

    explicit CannedBroker(Handler handler) : m_handler(std::move(handler)) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    ~CannedBroker() override {
        // The sockets are the server's children and would report their disconnection to a
        // half-destroyed broker.
        const QList<QTcpSocket*> sockets = m_server.findChildren<QTcpSocket*>();
        for (QTcpSocket* socket : sockets) {
            socket->disconnect(this);
            delete socket;
        }
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    const QList<SeenRequest>& seen() const { return m_seen; }

    static CannedAnswer json(int status, const QByteArray& body) {
        CannedAnswer a;
        a.status = status;
        a.body = body;
        return a;
    }

private:
    void onRead(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            SeenRequest request;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < headerEnd + 4 + length) return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            m_seen.append(request);
            answer(socket, m_handler(request, int(m_seen.size() - 1)));
        }
    }

    void answer(QTcpSocket* socket, const CannedAnswer& a) {
        if (a.hang) return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + " Canned\r\n";
        bool hasType = false;
        for (const auto& [name, value] : a.headers) {
            head += name + ": " + value + "\r\n";
            hasType |= name.toLower() == "content-type";
        }
        if (!hasType && !a.body.isEmpty()) head += "Content-Type: application/json\r\n";
        const qsizetype announced = a.truncate ? a.body.size() + 100 : a.body.size();
        if (a.truncate) head += "Connection: close\r\n";
        head += "Content-Length: " + QByteArray::number(announced) + "\r\n\r\n";
        socket->write(head + a.body);
        if (a.truncate) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(20, socket, [guard] {
                if (guard) guard->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<SeenRequest> m_seen;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
