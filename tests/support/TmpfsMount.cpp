#include "tests/support/TmpfsMount.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#endif

namespace habeas::test {

TmpfsMount::TmpfsMount(qint64 sizeBytes)
{
#ifdef Q_OS_LINUX
    if (geteuid() != 0) {
        m_why = QStringLiteral("mounting a tmpfs needs root");
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(sizeBytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) != 0) {
        m_why = QStringLiteral("mount failed: ") + QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    m_mounted = true;
#else
    Q_UNUSED(sizeBytes);
    m_why = QStringLiteral("tmpfs is Linux-only");
#endif
}

TmpfsMount::~TmpfsMount()
{
#ifdef Q_OS_LINUX
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
#endif
}

bool TmpfsMount::remountReadOnly()
{
#ifdef Q_OS_LINUX
    return m_mounted
           && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
#else
    return false;
#endif
}

bool TmpfsMount::fill()
{
    QFile filler(m_dir.path() + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    // A few more bytes may fit in partly used blocks; squeeze them out.
    const QByteArray byte(1, 'f');
    while (filler.write(byte) == 1 && filler.flush()) {
    }
    return true;
}

} // namespace habeas::test
