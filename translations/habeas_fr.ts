<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CliCommands</name>
    <message>
        <source>Usage: habeas-cli COMMAND [ARGUMENTS]

Commands:
  create VAULT --admin LOGIN [--name NAME] [--organisation NAME]
                       create an empty vault with its administrator
  demo VAULT           create a vault with the demo accounts
  info VAULT           format, schema version and key slots (no password)
  check VAULT --user LOGIN
                       verify encryption, integrity and schema
  backup VAULT DEST --user LOGIN
                       write a verified encrypted copy of VAULT to DEST
  restore BACKUP VAULT --user LOGIN
                       put a backup in place of VAULT (the old files are kept)

Passwords are read from the terminal, or from the first line of standard
input with --password-stdin; never from the command line.

Exit status: 0 success, 1 usage, 2 authentication, 3 vault or key file
missing, 4 damaged or tampered, 5 written by a newer Habeas, 6 in use
elsewhere, 7 storage (read-only, disk full, file exists), 8 check found
problems, 9 internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given (use --password-stdin in scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheap key derivation (test vaults only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>format: Habeas vault, key file format %1, SQLCipher %2 file format, %3-byte pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo vault %1. Accounts (login / password):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cipher: SQLCipher %1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 and verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo department (fictitious)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habeas may not write in the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged or has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged or has been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s key file was written by a newer version of Habeas (key format %1; this version reads up to %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to check the password (%1 MiB needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already has a key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last key slot cannot be removed: nobody could open the vault any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The vault&apos;s schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no schema version; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s schema version is unreadable; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Habeas (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be upgraded to schema %1; it was left at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The database is not encrypted; Habeas refuses to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s journal cannot be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at %1; choose another name or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s login is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written without encryption; Habeas refuses to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password change date cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the vault it is made from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not match the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the vault to restore are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Habeas (process %1) on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open: it is in use by %1. Close Habeas there, or wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be locked for use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::SqlCipherDriver</name>
    <message>
        <source>No encryption key was given for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is not active: the SQLite library in use is not SQLCipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the cipher format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the cipher page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction is already in progress; transactions cannot be nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1 placeholders, %2 values were bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value %1 is too large for a 64-bit integer column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch the next row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prepared statement to execute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::VaultLoginDialog</name>
    <message>
        <source>Open a vault — Habeas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault: its accounts and passwords are listed in the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habeas vaults (*.habeas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault and enter your account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>habeas::VaultOverviewWindow</name>
    <message>
        <source>%1 — Habeas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vault&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Format&lt;/b&gt; Habeas vault, key file format %2, SQLCipher %3 file format (library %4), %5-byte pages&lt;br&gt;&lt;b&gt;Schema version&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Key slots&lt;/b&gt; %7&lt;br&gt;&lt;b&gt;Signed in as&lt;/b&gt; %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encrypted vault open; %n table(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case desk for a data-protection office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo vault (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (fr or en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habeas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
