#pragma once

// The one place Habeas reads the time. Core code asks a Clock for "now" and
// "today"; Session carries one, so that tests can set the date and every
// service of a session agrees on it.

#include <QDate>
#include <QDateTime>

#include <memory>

namespace habeas {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The calendar day at the office (local time), for deadlines.
    QDate today() const { return nowUtc().toLocalTime().date(); }
    // nowUtc() as stored in the vault: ISO 8601 with milliseconds.
    QString stamp() const { return nowUtc().toString(Qt::ISODateWithMs); }

    // The operating system's clock.
    static std::shared_ptr<const Clock> system();
};

// A clock that shows what it is told: for tests, and for commands that
// compute as of a given date.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
};

} // namespace habeas
