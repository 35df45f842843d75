#include "tools/camdx-sim/reply_writer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>
#include <cmath>

namespace camie::sim {

void ReplyWriter::send(QTcpSocket* socket, const HttpReply& reply, bool close) {
  socket->write(reply.head(reply.body.size(), close));
  socket->write(reply.body);
  if (close)
    socket->disconnectFromHost(); // after the pending bytes are written
}

void ReplyWriter::sendTruncated(QTcpSocket* socket, const HttpReply& reply, double keepFraction) {
  const double fraction = std::clamp(keepFraction, 0.0, 1.0);
  auto keep = static_cast<qsizetype>(std::floor(static_cast<double>(reply.body.size()) * fraction));
  keep = std::min(keep, reply.body.size() - 1); // always at least one byte short
  socket->write(reply.head(reply.body.size() + (reply.body.isEmpty() ? 64 : 0), true));
  if (keep > 0)
    socket->write(reply.body.left(keep));
  socket->disconnectFromHost();
}

void ReplyWriter::sendTrickle(QTcpSocket* socket, const HttpReply& reply, int chunkBytes,
                              int intervalMs, bool close) {
  socket->write(reply.head(reply.body.size(), close));
  // The timer is a child of the socket: it goes away with the connection.
  auto* timer = new QTimer(socket);
  timer->setInterval(std::max(intervalMs, 1));
  const QByteArray body = reply.body;
  const qsizetype chunk = std::max(chunkBytes, 1);
  QObject::connect(timer, &QTimer::timeout, socket,
                   [socket, timer, body, chunk, close, offset = qsizetype(0)]() mutable {
                     socket->write(body.mid(offset, chunk));
                     offset += chunk;
                     if (offset >= body.size()) {
                       timer->stop();
                       timer->deleteLater();
                       if (close)
                         socket->disconnectFromHost();
                     }
                   });
  timer->start();
}

void ReplyWriter::reset(QTcpSocket* socket) {
  const qintptr fd = socket->socketDescriptor();
  if (fd != -1) {
    const linger hard{1, 0};
    ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
  }
  socket->abort();
}

} // namespace camie::sim
