#pragma once

// Machine policies: the settings an IT department fixes for every person on
// this computer (docs/DEPLOYMENT.md). They win over the person's own choice
// and over the vault's idle-lock delay; nothing about them is stored in a
// vault. Read once, at start, by the desktop program; habeas-cli reads none.

#include <QString>

#include <optional>

class QSettings;

namespace habeas {

class MachinePolicy final {
public:
    // No policy: every setting is the person's or the vault's.
    MachinePolicy() = default;

    // The policies found at the current group of `settings`: the registry
    // key itself on Windows, the [Policies] group of the Linux file. A value
    // that is missing or not understood is "not configured":
    //  - DefaultVaultFolder: a folder, %VAR% expanded on Windows and a
    //    leading ~/ on other systems (platform::expandFolderVariables); a
    //    value that is not an absolute path once expanded is ignored;
    //  - MaximumIdleLockMinutes: a whole number, below 1 read as 1, above 60
    //    as 60;
    //  - Language: "fr" or "en", case and spaces aside;
    //  - DisableRememberVault: true or false (any case), or a whole number,
    //    0 for false and any other for true.
    static MachinePolicy fromSettings(const QSettings &settings);
    // The [Policies] group of an INI file, the Linux policy file's format.
    // A file that exists but cannot be read or parsed is said on stderr
    // and gives no policy (docs/DEPLOYMENT.md asks for mode 644).
    static MachinePolicy fromIniFile(const QString &path);
    // This machine's policies: HKEY_LOCAL_MACHINE\Software\Policies\Habeas
    // (64-bit view) on Windows, /etc/habeas/policy.ini elsewhere. Nothing
    // else is read, and nothing lets a person point Habeas at another place:
    // that would let them lift a policy. No policy when neither exists.
    static MachinePolicy load();

    // The policy in force in this process. app/main.cpp sets it once, at
    // start, before any window; tests set their own. Until then, none.
    static const MachinePolicy &current();
    static void setCurrent(const MachinePolicy &policy);

    // Absolute, with '/' separators; empty when not configured.
    QString defaultVaultFolder() const { return m_defaultVaultFolder; }
    // 1 to 60; nothing when not configured.
    std::optional<int> maximumIdleLockMinutes() const { return m_maximumIdleLockMinutes; }
    // "fr" or "en"; empty when not configured.
    QString language() const { return m_language; }
    bool disableRememberVault() const { return m_disableRememberVault; }

    // The folder proposed to create or open a vault: the policy's, or the
    // person's Documents folder.
    QString proposedVaultFolder() const;
    // The idle-lock delay, in minutes, that applies on this machine to a
    // vault whose own delay is `vaultMinutes` (0: never): the shorter of the
    // two, and the policy's when the vault's is never.
    int effectiveIdleLockMinutes(int vaultMinutes) const;
    // The interface language: the policy's, or else `chosen` (the --lang
    // option or the person's saved choice, empty for the system's).
    QString effectiveLanguage(const QString &chosen) const;

private:
    QString m_defaultVaultFolder;
    std::optional<int> m_maximumIdleLockMinutes;
    QString m_language;
    bool m_disableRememberVault = false;
};

} // namespace habeas
