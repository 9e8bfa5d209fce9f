<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation>Usage: habeas-cli COMMAND [ARGUMENTS]

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
problems, 9 internal error.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>No password on standard input.</translation>
    </message>
    <message>
        <source>No password given (use --password-stdin in scripts).</source>
        <translation>No password given (use --password-stdin in scripts).</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Administrator login.</source>
        <translation>Administrator login.</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name.</source>
        <translation>Administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>Organisation name.</source>
        <translation>Organisation name.</translation>
    </message>
    <message>
        <source>Account login.</source>
        <translation>Account login.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Read the password from standard input.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>&apos;%1&apos; takes %n argument.</numerusform>
            <numerusform>&apos;%1&apos; takes %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>format: Habeas vault, key file format %1, SQLCipher %2 file format, %3-byte pages</source>
        <translation>format: Habeas vault, key file format %1, SQLCipher %2 file format, %3-byte pages</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>schema version: %1</translation>
    </message>
    <message>
        <source>key slots: %1</source>
        <translation>key slots: %1</translation>
    </message>
    <message>
        <source>database size: %1 bytes</source>
        <translation>database size: %1 bytes</translation>
    </message>
    <message>
        <source>encrypted: %1</source>
        <translation>encrypted: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>in use: %1</source>
        <translation>in use: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation>Created %1 with administrator %2.</translation>
    </message>
    <message>
        <source>Created the demo vault %1. Accounts (login / password):</source>
        <translation>Created the demo vault %1. Accounts (login / password):</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>cipher: SQLCipher %1 (active)</source>
        <translation>cipher: SQLCipher %1 (active)</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>pages: %1</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified.</source>
        <translation>Backup written to %1 and verified.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo department (fictitious)</source>
        <translation>Demo department (fictitious)</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>The folder %1 is read-only.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation>The disk is full: free some space and try again.</translation>
    </message>
    <message>
        <source>Habeas may not write in the folder %1.</source>
        <translation>Habeas may not write in the folder %1.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with; restore it from a backup.</source>
        <translation>The database file is damaged or has been tampered with; restore it from a backup.</translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation>The database is busy.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation>The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or has been tampered with.</source>
        <translation>The key file %1 is damaged or has been tampered with.</translation>
    </message>
    <message>
        <source>The key file is damaged or has been tampered with.</source>
        <translation>The key file is damaged or has been tampered with.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file was written by a newer version of Habeas (key format %1; this version reads up to %2). Install the newer version to open it.</source>
        <translation>This vault&apos;s key file was written by a newer version of Habeas (key format %1; this version reads up to %2). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>The key file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password (%1 MiB needed).</source>
        <translation>Not enough memory to check the password (%1 MiB needed).</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation>There is no account &quot;%1&quot; in this vault.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <source>The vault key is not available.</source>
        <translation>The vault key is not available.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>The login is empty.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already has a key slot.</source>
        <translation>The account &quot;%1&quot; already has a key slot.</translation>
    </message>
    <message>
        <source>The last key slot cannot be removed: nobody could open the vault any more.</source>
        <translation>The last key slot cannot be removed: nobody could open the vault any more.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The vault&apos;s schema version cannot be read.</source>
        <translation>The vault&apos;s schema version cannot be read.</translation>
    </message>
    <message>
        <source>The vault has no schema version; it is damaged.</source>
        <translation>The vault has no schema version; it is damaged.</translation>
    </message>
    <message>
        <source>The vault&apos;s schema version is unreadable; it is damaged.</source>
        <translation>The vault&apos;s schema version is unreadable; it is damaged.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Habeas (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>This vault was written by a newer version of Habeas (schema %1; this version knows up to %2). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>The vault cannot be upgraded.</source>
        <translation>The vault cannot be upgraded.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to schema %1; it was left at schema %2.</source>
        <translation>The vault could not be upgraded to schema %1; it was left at schema %2.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The database is not encrypted; Habeas refuses to use it.</source>
        <translation>The database is not encrypted; Habeas refuses to use it.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with; restore it from a backup.</source>
        <translation>The database file is damaged or has been tampered with; restore it from a backup.</translation>
    </message>
    <message>
        <source>The vault cannot be read.</source>
        <translation>The vault cannot be read.</translation>
    </message>
    <message>
        <source>The vault cannot be configured.</source>
        <translation>The vault cannot be configured.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal cannot be set up.</source>
        <translation>The vault&apos;s journal cannot be set up.</translation>
    </message>
    <message>
        <source>The account cannot be recorded.</source>
        <translation>The account cannot be recorded.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; choose another name or location.</source>
        <translation>A vault already exists at %1; choose another name or location.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The administrator&apos;s login is empty.</source>
        <translation>The administrator&apos;s login is empty.</translation>
    </message>
    <message>
        <source>The vault cannot be created.</source>
        <translation>The vault cannot be created.</translation>
    </message>
    <message>
        <source>The database was written without encryption; Habeas refuses to use it.</source>
        <translation>The database was written without encryption; Habeas refuses to use it.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>There is no vault at %1.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation>The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation>There is no account &quot;%1&quot; in this vault.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</source>
        <translation>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>The vault is not open for writing.</source>
        <translation>The vault is not open for writing.</translation>
    </message>
    <message>
        <source>The account cannot be added.</source>
        <translation>The account cannot be added.</translation>
    </message>
    <message>
        <source>The password change date cannot be recorded.</source>
        <translation>The password change date cannot be recorded.</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>The vault is not open.</translation>
    </message>
    <message>
        <source>The vault cannot be checked.</source>
        <translation>The vault cannot be checked.</translation>
    </message>
    <message>
        <source>A backup cannot replace the vault it is made from.</source>
        <translation>A backup cannot replace the vault it is made from.</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another name for the backup.</source>
        <translation>A file already exists at %1; choose another name for the backup.</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>The backup could not be written.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation>The disk is full: free some space and try again.</translation>
    </message>
    <message>
        <source>The copy did not match the vault.</source>
        <translation>The copy did not match the vault.</translation>
    </message>
    <message>
        <source>The backup and the vault to restore are the same file.</source>
        <translation>The backup and the vault to restore are the same file.</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation>The backup is damaged and cannot be restored.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>The backup could not be restored.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>an unknown computer</source>
        <translation>an unknown computer</translation>
    </message>
    <message>
        <source>another Habeas (process %1) on %2</source>
        <translation>another Habeas (process %1) on %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 on %2 since %3</translation>
    </message>
    <message>
        <source>This vault is already open: it is in use by %1. Close Habeas there, or wait, then try again.</source>
        <translation>This vault is already open: it is in use by %1. Close Habeas there, or wait, then try again.</translation>
    </message>
    <message>
        <source>The vault cannot be opened for writing.</source>
        <translation>The vault cannot be opened for writing.</translation>
    </message>
    <message>
        <source>The vault cannot be locked for use.</source>
        <translation>The vault cannot be locked for use.</translation>
    </message>
</context>
<context>
    <name>habeas::SqlCipherDriver</name>
    <message>
        <source>No encryption key was given for the database.</source>
        <translation>No encryption key was given for the database.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <source>The encryption key could not be applied.</source>
        <translation>The encryption key could not be applied.</translation>
    </message>
    <message>
        <source>Encryption is not active: the SQLite library in use is not SQLCipher.</source>
        <translation>Encryption is not active: the SQLite library in use is not SQLCipher.</translation>
    </message>
    <message>
        <source>Cannot set the cipher format.</source>
        <translation>Cannot set the cipher format.</translation>
    </message>
    <message>
        <source>Cannot set the cipher page size.</source>
        <translation>Cannot set the cipher page size.</translation>
    </message>
    <message>
        <source>The database file is not encrypted.</source>
        <translation>The database file is not encrypted.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>A transaction is already in progress; transactions cannot be nested.</source>
        <translation>A transaction is already in progress; transactions cannot be nested.</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>Cannot start a transaction.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>Cannot commit the transaction.</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>Cannot roll back the transaction.</translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation>Unable to prepare the statement.</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation>Only one statement can be executed at a time.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>The statement is empty.</translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1 placeholders, %2 values were bound.</source>
        <translation>Parameter count mismatch: the statement has %1 placeholders, %2 values were bound.</translation>
    </message>
    <message>
        <source>The value %1 is too large for a 64-bit integer column.</source>
        <translation>The value %1 is too large for a 64-bit integer column.</translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation>Values of type %1 cannot be stored.</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1.</source>
        <translation>Unable to bind parameter %1.</translation>
    </message>
    <message>
        <source>Unable to fetch the next row.</source>
        <translation>Unable to fetch the next row.</translation>
    </message>
    <message>
        <source>No prepared statement to execute.</source>
        <translation>No prepared statement to execute.</translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation>Unable to execute the statement.</translation>
    </message>
</context>
<context>
    <name>habeas::VaultLoginDialog</name>
    <message>
        <source>Open a vault — Habeas</source>
        <translation>Open a vault — Habeas</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>&amp;Vault:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Use a &amp;demo account</source>
        <translation>Use a &amp;demo account</translation>
    </message>
    <message>
        <source>This is the demo vault: its accounts and passwords are listed in the README.</source>
        <translation>This is the demo vault: its accounts and passwords are listed in the README.</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Open a vault</translation>
    </message>
    <message>
        <source>Habeas vaults (*.habeas)</source>
        <translation>Habeas vaults (*.habeas)</translation>
    </message>
    <message>
        <source>Choose a vault and enter your account.</source>
        <translation>Choose a vault and enter your account.</translation>
    </message>
</context>
<context>
    <name>habeas::VaultOverviewWindow</name>
    <message>
        <source>%1 — Habeas</source>
        <translation>%1 — Habeas</translation>
    </message>
    <message>
        <source>Tables of the vault</source>
        <translation>Tables of the vault</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vault&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Format&lt;/b&gt; Habeas vault, key file format %2, SQLCipher %3 file format (library %4), %5-byte pages&lt;br&gt;&lt;b&gt;Schema version&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Key slots&lt;/b&gt; %7&lt;br&gt;&lt;b&gt;Signed in as&lt;/b&gt; %8</source>
        <translation>&lt;b&gt;Vault&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Format&lt;/b&gt; Habeas vault, key file format %2, SQLCipher %3 file format (library %4), %5-byte pages&lt;br&gt;&lt;b&gt;Schema version&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Key slots&lt;/b&gt; %7&lt;br&gt;&lt;b&gt;Signed in as&lt;/b&gt; %8</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted vault open; %n table(s).</source>
        <translation>
            <numerusform>Encrypted vault open; %n table.</numerusform>
            <numerusform>Encrypted vault open; %n tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case desk for a data-protection office.</source>
        <translation>Case desk for a data-protection office.</translation>
    </message>
    <message>
        <source>Open the demo vault (created if missing).</source>
        <translation>Open the demo vault (created if missing).</translation>
    </message>
    <message>
        <source>Language of the interface (fr or en).</source>
        <translation>Language of the interface (fr or en).</translation>
    </message>
    <message>
        <source>The vault to open.</source>
        <translation>The vault to open.</translation>
    </message>
    <message>
        <source>Habeas</source>
        <translation>Habeas</translation>
    </message>
</context>
</TS>
