#include "tests/support/FolderWatch.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

#include <algorithm>

namespace habeas::test {

#ifdef Q_OS_LINUX

namespace {

constexpr std::uint32_t Watched =
    IN_CREATE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_ONLYDIR;

} // namespace

FolderWatch::FolderWatch(const QString &folder)
{
    m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        m_why = QStringLiteral("inotify_init1: ") + QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    if (inotify_add_watch(m_fd, folder.toLocal8Bit().constData(), Watched) < 0) {
        m_why = QStringLiteral("inotify_add_watch: ") + QString::fromLocal8Bit(std::strerror(errno));
        ::close(m_fd);
        m_fd = -1;
    }
}

FolderWatch::~FolderWatch()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::vector<FolderEvent> FolderWatch::take()
{
    std::vector<FolderEvent> events;
    if (m_fd < 0)
        return events;
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
        if (length <= 0)
            break; // EAGAIN: nothing more queued
        for (ssize_t offset = 0; offset < length;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
            FolderEvent recorded;
            recorded.mask = event->mask;
            recorded.cookie = event->cookie;
            if (event->len > 0)
                recorded.name = QString::fromLocal8Bit(event->name);
            events.push_back(recorded);
            offset += ssize_t(sizeof(inotify_event) + event->len);
        }
    }
    return events;
}

QStringList FolderWatch::besides(const std::vector<FolderEvent> &events, const QString &target)
{
    QStringList problems;
    // The temporaries renamed to the target: moved from with the cookie
    // that moved to the target.
    QStringList renamedToTarget;
    for (const FolderEvent &from : events) {
        if (!(from.mask & IN_MOVED_FROM))
            continue;
        const auto to = std::find_if(events.begin(), events.end(), [&](const FolderEvent &e) {
            return (e.mask & IN_MOVED_TO) && e.cookie == from.cookie;
        });
        if (to == events.end())
            problems << QStringLiteral("%1 was moved out of the folder").arg(from.name);
        else if (to->name == target)
            renamedToTarget << from.name;
    }
    for (const FolderEvent &event : events) {
        if (event.mask & IN_Q_OVERFLOW)
            problems << QStringLiteral("events were lost (queue overflow)");
        if ((event.mask & IN_CREATE) && event.name != target && !renamedToTarget.contains(event.name))
            problems << QStringLiteral("%1 was created").arg(event.name);
        if ((event.mask & IN_MOVED_TO) && event.name != target)
            problems << QStringLiteral("%1 was moved in or renamed to").arg(event.name);
        if ((event.mask & IN_MOVED_FROM) && renamedToTarget.contains(event.name)) {
            const bool created = std::any_of(events.begin(), events.end(), [&](const FolderEvent &e) {
                return (e.mask & IN_CREATE) && e.name == event.name;
            });
            if (!created)
                problems << QStringLiteral("%1, renamed to %2, was there before").arg(event.name, target);
        }
        if (event.mask & IN_DELETE)
            problems << QStringLiteral("%1 was written and deleted").arg(event.name);
    }
    return problems;
}

bool FolderWatch::appeared(const std::vector<FolderEvent> &events, const QString &name)
{
    return std::any_of(events.begin(), events.end(), [&](const FolderEvent &event) {
        return (event.mask & (IN_CREATE | IN_MOVED_TO)) && event.name == name;
    });
}

QString FolderWatch::describe(const std::vector<FolderEvent> &events)
{
    static const std::pair<std::uint32_t, const char *> names[] = {
        {IN_CREATE, "IN_CREATE"},   {IN_MOVED_FROM, "IN_MOVED_FROM"}, {IN_MOVED_TO, "IN_MOVED_TO"},
        {IN_DELETE, "IN_DELETE"},   {IN_MODIFY, "IN_MODIFY"},         {IN_CLOSE_WRITE, "IN_CLOSE_WRITE"},
        {IN_ATTRIB, "IN_ATTRIB"},   {IN_Q_OVERFLOW, "IN_Q_OVERFLOW"}, {IN_DELETE_SELF, "IN_DELETE_SELF"},
        {IN_IGNORED, "IN_IGNORED"},
    };
    QStringList lines;
    for (const FolderEvent &event : events) {
        QStringList kinds;
        for (const auto &[bit, name] : names) {
            if (event.mask & bit)
                kinds << QLatin1String(name);
        }
        lines << kinds.join(u'|') + u' ' + event.name;
    }
    return lines.join(QStringLiteral(", "));
}

#else

FolderWatch::FolderWatch(const QString &)
{
    m_why = QStringLiteral("inotify is Linux's");
}

FolderWatch::~FolderWatch() = default;

std::vector<FolderEvent> FolderWatch::take()
{
    return {};
}

QStringList FolderWatch::besides(const std::vector<FolderEvent> &, const QString &)
{
    return {};
}

bool FolderWatch::appeared(const std::vector<FolderEvent> &, const QString &)
{
    return false;
}

QString FolderWatch::describe(const std::vector<FolderEvent> &)
{
    return {};
}

#endif

} // namespace habeas::test
