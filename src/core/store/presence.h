#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace almanac {

class Workspace;

// Someone else with a guide open: each program that shows guides keeps one row
// per open guide (its heartbeat), refreshed well within expirySeconds; a row
// not refreshed for that long is gone (its program quit or lost its
// connection). On a team workspace the server names the person (session_user)
// and tells listeners of each arrival, departure and burst of typing at once
// (NOTIFY on the presence channel); times are the database's own clock.
struct Presence
{
    QString guideId;
    QString person;
    QString client; // the program's instance (WorkspaceSession::holder)
    bool typing = false;
    friend bool operator==(const Presence &, const Presence &) = default;
};

namespace presence {

inline constexpr int expirySeconds = 150;
// How often a program refreshes its rows: several times within the expiry.
inline constexpr int heartbeatSeconds = 30;
// How long "typing" lasts after the last keystroke a program reported.
inline constexpr int typingSeconds = 10;
// PostgreSQL's notification channel; its payload is the guide's id.
inline constexpr char channel[] = "almanac_presence";

// Makes this client's rows the guides in open (one each, seen now), marks those
// in typing as typed in now, and clears rows that expired, in one transaction.
// person names the client where the database does not (SQLite).
bool announce(Workspace &workspace, const QString &client, const QString &person, const QStringList &open,
              const QStringList &typing, QString *error);
// Removes this client's rows (it is closing).
bool leave(Workspace &workspace, const QString &client, QString *error);
// Everyone present except this client, by guide, then person.
QList<Presence> others(Workspace &workspace, const QString &client, QString *error);
// "bo (typing), cy" for people: each person once, typing if any of their programs is.
QString describe(const QList<Presence> &present);

} // namespace presence
} // namespace almanac
