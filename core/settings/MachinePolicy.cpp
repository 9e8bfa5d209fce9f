#include "core/settings/MachinePolicy.h"

#include "core/Platform.h"
#include "core/Translator.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cstdio>

namespace habeas {

namespace {

constexpr int ShortestIdleLockMinutes = 1;
constexpr int LongestIdleLockMinutes = 60;

// The registry gives numbers (REG_DWORD), the INI file text: both are read.
std::optional<qlonglong> wholeNumber(const QVariant &value)
{
    bool ok = false;
    const qlonglong number =
        value.typeId() == QMetaType::QString ? value.toString().trimmed().toLongLong(&ok) : value.toLongLong(&ok);
    return ok ? std::optional<qlonglong>(number) : std::nullopt;
}

std::optional<bool> flag(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    if (const auto number = wholeNumber(value))
        return *number != 0;
    return std::nullopt;
}

QString absoluteFolder(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QString expanded = QDir::cleanPath(QDir::fromNativeSeparators(platform::expandFolderVariables(text)));
    return !expanded.isEmpty() && QDir::isAbsolutePath(expanded) ? expanded : QString();
}

MachinePolicy &installed()
{
    static MachinePolicy policy;
    return policy;
}

} // namespace

MachinePolicy MachinePolicy::fromSettings(const QSettings &settings)
{
    MachinePolicy policy;
    policy.m_defaultVaultFolder = absoluteFolder(settings.value(QStringLiteral("DefaultVaultFolder")));
    if (const auto minutes = wholeNumber(settings.value(QStringLiteral("MaximumIdleLockMinutes"))))
        policy.m_maximumIdleLockMinutes =
            int(std::clamp<qlonglong>(*minutes, ShortestIdleLockMinutes, LongestIdleLockMinutes));
    const QString language = settings.value(QStringLiteral("Language")).toString().trimmed().toLower();
    if (Translator::availableLanguages().contains(language))
        policy.m_language = language;
    policy.m_disableRememberVault = flag(settings.value(QStringLiteral("DisableRememberVault"))).value_or(false);
    return policy;
}

MachinePolicy MachinePolicy::load()
{
#ifdef Q_OS_WIN
    const QSettings settings(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Habeas"),
                             QSettings::Registry64Format);
    return fromSettings(settings);
#else
    return fromIniFile(QStringLiteral("/etc/habeas/policy.ini"));
#endif
}

MachinePolicy MachinePolicy::fromIniFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    QSettings settings(path, QSettings::IniFormat);
    if (!info.isReadable() || settings.status() != QSettings::NoError) {
        std::fprintf(stderr, "habeas: the machine policy file %s cannot be %s: no policy applies\n",
                     qPrintable(QDir::toNativeSeparators(path)), info.isReadable() ? "parsed" : "read");
        return {};
    }
    settings.beginGroup(QStringLiteral("Policies"));
    return fromSettings(settings);
}

const MachinePolicy &MachinePolicy::current()
{
    return installed();
}

void MachinePolicy::setCurrent(const MachinePolicy &policy)
{
    installed() = policy;
}

QString MachinePolicy::proposedVaultFolder() const
{
    return m_defaultVaultFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                          : m_defaultVaultFolder;
}

int MachinePolicy::effectiveIdleLockMinutes(int vaultMinutes) const
{
    if (!m_maximumIdleLockMinutes)
        return vaultMinutes;
    return vaultMinutes > 0 ? std::min(vaultMinutes, *m_maximumIdleLockMinutes) : *m_maximumIdleLockMinutes;
}

QString MachinePolicy::effectiveLanguage(const QString &chosen) const
{
    return m_language.isEmpty() ? chosen : m_language;
}

} // namespace habeas
