#pragma once

// Rights requests as plain values: what the clerk enters at intake, what the
// vault keeps, and the rows of the request list.

#include "core/requests/RequestState.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace habeas {

enum class Channel { Post, Email, OnlineForm, OnSite, Other };

QString channelKey(Channel channel); // "post", "email", "online", "on-site", "other"
std::optional<Channel> channelFromKey(const QString &key);

// A right that can be exercised, with its article of Act no. 1.565 (data,
// editable: erasure and limitation have none yet).
struct Right final {
    qint64 id = 0;
    QString key; // "access", "rectification", "erasure", "limitation", "objection"
    QString article;
    QString labelFr;
    QString labelEn;
};

struct Requester final {
    QString civility;
    QString surname;
    QString firstName;
    QString birthName;
    QString address;
    QString email;
    QString phone;
    QString staffNumber; // when the requester is a member of staff
    bool operator==(const Requester &) const = default;
};

// An agent ("mandataire") acting for the requester (Sovereign Ordinance
// 11.327, art. 1).
struct Agent final {
    QString name;
    QString mandateObject;
    QDate mandateUntil;
    bool mayReceiveReply = false;
    QString address; // where the reply goes when the agent receives it
    bool present() const { return !name.trimmed().isEmpty(); }
    bool operator==(const Agent &) const = default;
};

// What the office found in one processing concerned by a request.
struct Finding final {
    qint64 processingId = 0;
    QString processingName;
    std::optional<bool> dataHeld; // unknown until checked
    QString action;               // what was done (data sent, rectified, erased, …)
    bool operator==(const Finding &) const = default;
};

struct NewRequest final {
    Channel channel = Channel::Post;
    QDate received;
    QStringList rights; // right keys
    Requester requester;
    QString language = QStringLiteral("fr");
    Agent agent;
    QString assignee;
    QString notes;
};

// Lower case without accents, for search: "Hélène" → "helene".
QString searchKey(const QString &text);

struct Request final {
    qint64 id = 0;
    QString reference; // "2026-0042"
    Channel channel = Channel::Post;
    QDate received;
    QDate due; // the first deadline
    QDate extendedUntil; // invalid unless extended
    QString extensionReason;
    int pausedDays = 0;
    RequestState state = RequestState::Received;
    QString refusalReason;
    Requester requester;
    QString language;
    Agent agent;
    QStringList rights;
    std::vector<Finding> findings;
    QString assignee;
    QString notes; // the request in the requester's own words
    int version = 1; // raised by every change
    QDate endedOn;      // the day it reached an end; invalid while open
    QDate anonymisedOn; // the day its personal data was cleared (retention)
    QDate effectiveDue() const { return extendedUntil.isValid() ? extendedUntil : due; }
};

// What a clerk may change on a request while it is open.
struct RequestEdit final {
    Channel channel = Channel::Post;
    QDate received; // changes the deadline: only before any pause or extension
    QStringList rights;
    Requester requester;
    QString language = QStringLiteral("fr");
    Agent agent;
    QString assignee;
    QString notes;
    // The processings concerned and what was found in each.
    std::vector<Finding> findings;
    static RequestEdit of(const struct Request &request);
    bool operator==(const RequestEdit &) const = default;
};

// An internal note: never in a letter.
struct RequestNote final {
    qint64 id = 0;
    QDateTime at;
    QString author; // login
    QString text;
};

struct StateChange final {
    QDateTime at;
    QString account;
    std::optional<RequestState> from;
    RequestState to = RequestState::Received;
    QString reason;
};

// One line of the request list: what the table shows, nothing more.
struct RequestRow final {
    qint64 id = 0;
    QString reference;
    QString surname;
    QString firstName;
    QDate received;
    QDate due; // effective due date (extension included)
    RequestState state = RequestState::Received;
    QString rights; // right keys, comma-separated
    Channel channel = Channel::Post;
    QString assignee; // login, empty when nobody
    bool anonymised = false; // its personal data cleared (retention)
};

// An ended request whose retention period is over, as the DPO or the
// administrator confirms its anonymisation: no personal data.
struct ExpiredCase final {
    qint64 id = 0;
    QString reference;
    RequestState state = RequestState::Closed;
    QString rights; // right keys, comma-separated
    QDate endedOn;
};

// A request as the figures of an inspection file count it: its rights,
// dates and end, the reason of a refusal; the requester's and agent's names
// only so that a reason naming them can be withheld (they go no further).
struct CountedRequest final {
    qint64 id = 0;
    QStringList rights; // right keys
    QDate received;
    QDate due; // the date in force, extension included
    bool extended = false;
    RequestState state = RequestState::Received;
    QDate repliedOn; // first move to answered or refused (local day); invalid when none
    QString refusalReason;
    QStringList names; // surname, first name, agent; never shown
};

// The orders the request list offers (each served by an index).
enum class RequestSort { Due, Reference, Requester, Received, State, Channel, Assignee };

struct RequestFilter final {
    std::optional<RequestState> state;
    bool openOnly = false;  // everything but Closed, Refused, Withdrawn
    QString rightKey;       // empty: any right
    QString text;           // reference prefix or surname (accents and case ignored)
    std::optional<Channel> channel;
    QString assignee;       // login; empty: anyone
    int year = 0;           // of receipt; 0: any
    bool awaitingReply = false; // open and not answered yet: a deadline runs
    QDate overdueOn;        // when valid: requests awaiting their reply due before that day only
    QDate dueFrom, dueUntil; // when valid: due on or after / on or before
    bool extendedOnly = false; // only requests whose deadline was extended
    RequestSort sort = RequestSort::Due;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

} // namespace habeas
