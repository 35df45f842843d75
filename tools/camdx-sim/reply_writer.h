// ReplyWriter: puts an HttpReply on a client connection — whole, cut short,
// trickled, or not at all (a TCP reset) — for the simulator's scripted faults.
#pragma once

#include "tools/camdx-sim/http_reply.h"

class QTcpSocket;

namespace camie::sim {

class ReplyWriter {
public:
  // The whole reply; with `close`, the connection is closed once it is sent.
  static void send(QTcpSocket* socket, const HttpReply& reply, bool close);
  // Announces the full Content-Length, sends only `keepFraction` of the body,
  // then closes: the client sees a truncated body.
  static void sendTruncated(QTcpSocket* socket, const HttpReply& reply, double keepFraction);
  // The head at once, then the body `chunkBytes` at a time every `intervalMs`.
  static void sendTrickle(QTcpSocket* socket, const HttpReply& reply, int chunkBytes,
                          int intervalMs, bool close);
  // Drops the connection with a TCP RST (SO_LINGER 0): the client reads
  // "connection reset by peer" and never learns what happened to its request.
  static void reset(QTcpSocket* socket);
};

} // namespace camie::sim
