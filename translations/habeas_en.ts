<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountGrants</name>
    <message>
        <source>No administrator has signed the rights of the account &quot;%1&quot;: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>No administrator has signed the rights of the account &quot;%1&quot;: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</translation>
    </message>
    <message>
        <source>The rights of the account &quot;%1&quot; are not those an administrator signed: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>The rights of the account &quot;%1&quot; are not those an administrator signed: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</translation>
    </message>
</context>
<context>
    <name>AccountRepair</name>
    <message>
        <source>The account cannot be repaired.</source>
        <translation>The account cannot be repaired.</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>The accounts cannot be read.</source>
        <translation>The accounts cannot be read.</translation>
    </message>
    <message>
        <source>The account cannot be updated.</source>
        <translation>The account cannot be updated.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>There is no account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An account &quot;%1&quot; already exists.</source>
        <translation>An account &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>The account cannot be recorded.</source>
        <translation>The account cannot be recorded.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Enter a login and the person&apos;s full name.</source>
        <translation>Enter a login and the person&apos;s full name.</translation>
    </message>
    <message>
        <source>A login has no spaces and at most 64 characters.</source>
        <translation>A login has no spaces and at most 64 characters.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>There is no account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The last enabled administrator cannot be disabled: nobody could manage accounts.</source>
        <translation>The last enabled administrator cannot be disabled: nobody could manage accounts.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>The account &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is reset.</source>
        <translation>The password of &quot;%1&quot; is reset.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Vault created</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>Vault checked</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation>Password change refused</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation>Audit chain verified</translation>
    </message>
    <message>
        <source>Audit head exported</source>
        <translation>Audit head exported</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>Request recorded</translation>
    </message>
    <message>
        <source>Request consulted</source>
        <translation>Request consulted</translation>
    </message>
    <message>
        <source>Request state changed</source>
        <translation>Request state changed</translation>
    </message>
    <message>
        <source>Request state change refused</source>
        <translation>Request state change refused</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <source>Findings recorded</source>
        <translation>Findings recorded</translation>
    </message>
    <message>
        <source>Legal article of a right changed</source>
        <translation>Legal article of a right changed</translation>
    </message>
    <message>
        <source>Identity document captured</source>
        <translation>Identity document captured</translation>
    </message>
    <message>
        <source>Identity document viewed</source>
        <translation>Identity document viewed</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identity verified</translation>
    </message>
    <message>
        <source>Identity document destroyed</source>
        <translation>Identity document destroyed</translation>
    </message>
    <message>
        <source>Processing added to the register</source>
        <translation>Processing added to the register</translation>
    </message>
    <message>
        <source>Processing updated</source>
        <translation>Processing updated</translation>
    </message>
    <message>
        <source>Deliberation recorded</source>
        <translation>Deliberation recorded</translation>
    </message>
    <message>
        <source>Condition followed up</source>
        <translation>Condition followed up</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Deliberations</source>
        <translation>Deliberations</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Journal write-back deferred</source>
        <translation>Journal write-back deferred</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Vault key changed</translation>
    </message>
    <message>
        <source>Vault key change deferred</source>
        <translation>Vault key change deferred</translation>
    </message>
    <message>
        <source>Account repaired after an interrupted change</source>
        <translation>Account repaired after an interrupted change</translation>
    </message>
    <message>
        <source>Account rights and key signed by an administrator</source>
        <translation>Account rights and key signed by an administrator</translation>
    </message>
    <message>
        <source>Key protecting identity documents created</source>
        <translation>Key protecting identity documents created</translation>
    </message>
    <message>
        <source>Key protecting identity documents given to an account</source>
        <translation>Key protecting identity documents given to an account</translation>
    </message>
    <message>
        <source>Request edited</source>
        <translation>Request edited</translation>
    </message>
    <message>
        <source>Note added to a request</source>
        <translation>Note added to a request</translation>
    </message>
    <message>
        <source>Ended request anonymised (retention period over)</source>
        <translation>Ended request anonymised (retention period over)</translation>
    </message>
    <message>
        <source>Letter issued and archived</source>
        <translation>Letter issued and archived</translation>
    </message>
    <message>
        <source>Archived letter shown</source>
        <translation>Archived letter shown</translation>
    </message>
    <message>
        <source>Letter sent to a printer</source>
        <translation>Letter sent to a printer</translation>
    </message>
    <message>
        <source>Letter exported as an encrypted PDF</source>
        <translation>Letter exported as an encrypted PDF</translation>
    </message>
    <message>
        <source>New version of a letter template saved</source>
        <translation>New version of a letter template saved</translation>
    </message>
    <message>
        <source>Deliberation linked to a processing of the register</source>
        <translation>Deliberation linked to a processing of the register</translation>
    </message>
    <message>
        <source>Register or one of its entries exported as an encrypted PDF</source>
        <translation>Register or one of its entries exported as an encrypted PDF</translation>
    </message>
    <message>
        <source>Inspection file for the authority exported as an encrypted PDF</source>
        <translation>Inspection file for the authority exported as an encrypted PDF</translation>
    </message>
    <message>
        <source>Deliberation&apos;s text replaced by a new version, its conditions kept</source>
        <translation>Deliberation&apos;s text replaced by a new version, its conditions kept</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>The audit log cannot be read.</translation>
    </message>
    <message>
        <source>The action could not be recorded in the audit log.</source>
        <translation>The action could not be recorded in the audit log.</translation>
    </message>
    <message>
        <source>The audit log head cannot be written to %1.</source>
        <translation>The audit log head cannot be written to %1.</translation>
    </message>
    <message>
        <source>The audit log head %1 cannot be read.</source>
        <translation>The audit log head %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not an audit log head exported by Habeas.</source>
        <translation>%1 is not an audit log head exported by Habeas.</translation>
    </message>
    <message>
        <source>The protection of the audit log has been removed or altered: the vault has been tampered with. Restore it from a backup and report it to the DPO.</source>
        <translation>The protection of the audit log has been removed or altered: the vault has been tampered with. Restore it from a backup and report it to the DPO.</translation>
    </message>
    <message>
        <source>The rights of the account &quot;%1&quot; are not signed by an administrator: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>The rights of the account &quot;%1&quot; are not signed by an administrator: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</translation>
    </message>
    <message>
        <source>No administrator has signed the rights of the account &quot;%1&quot;.</source>
        <translation>No administrator has signed the rights of the account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The audit log cannot be verified without the vault&apos;s key file.</source>
        <translation>The audit log cannot be verified without the vault&apos;s key file.</translation>
    </message>
    <message>
        <source>An entry of the audit log is not signed by the account it names: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>An entry of the audit log is not signed by the account it names: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</translation>
    </message>
    <message>
        <source>The audit log cannot be verified.</source>
        <translation>The audit log cannot be verified.</translation>
    </message>
    <message>
        <source>The audit log has been altered at entry %1: the vault has been edited outside Habeas. Restore it from a backup and report it to the DPO (&quot;habeas-cli check&quot; names the entry).</source>
        <translation>The audit log has been altered at entry %1: the vault has been edited outside Habeas. Restore it from a backup and report it to the DPO (&quot;habeas-cli check&quot; names the entry).</translation>
    </message>
</context>
<context>
    <name>CaseKeys</name>
    <message>
        <source>Your account does not hold the key that protects identity documents yet. A colleague (clerk or DPO) who holds it gives it to you when they next sign in.</source>
        <translation>Your account does not hold the key that protects identity documents yet. A colleague (clerk or DPO) who holds it gives it to you when they next sign in.</translation>
    </message>
    <message>
        <source>The key that protects identity documents is not the one recorded in the audit log: the key file has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>The key that protects identity documents is not the one recorded in the audit log: the key file has been edited outside Habeas. Ask the DPO to verify the audit log.</translation>
    </message>
    <message>
        <source>The identity document cannot be encrypted.</source>
        <translation>The identity document cannot be encrypted.</translation>
    </message>
    <message>
        <source>This copy of the identity document cannot be decrypted: it was damaged or moved. Ask the requester for a new copy.</source>
        <translation>This copy of the identity document cannot be decrypted: it was damaged or moved. Ask the requester for a new copy.</translation>
    </message>
</context>
<context>
    <name>CaseRetention</name>
    <message>
        <source>Ended requests are kept between %1 and %2 years.</source>
        <translation>Ended requests are kept between %1 and %2 years.</translation>
    </message>
    <message>
        <source>The retention period could not be saved.</source>
        <translation>The retention period could not be saved.</translation>
    </message>
    <message>
        <source>The requests could not be anonymised; none was.</source>
        <translation>The requests could not be anonymised; none was.</translation>
    </message>
    <message>
        <source>A request chosen is not an ended request past its retention period any more; none was anonymised. Reload the list.</source>
        <translation>A request chosen is not an ended request past its retention period any more; none was anonymised. Reload the list.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
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
    <message>
        <source>Audit head exported earlier.</source>
        <translation>Audit head exported earlier.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>The password is refused: %1</source>
        <translation>The password is refused: %1</translation>
    </message>
    <message>
        <source>The password of %1 must be changed first: sign in to Habeas to change it.</source>
        <translation>The password of %1 must be changed first: sign in to Habeas to change it.</translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n entries, chain whole</source>
        <translation>
            <numerusform>audit log: %n entry, chain whole</numerusform>
            <numerusform>audit log: %n entries, chain whole</numerusform>
        </translation>
    </message>
    <message>
        <source>, matches the head at entry %1</source>
        <translation>, matches the head at entry %1</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry %1 (%2)</source>
        <translation>audit log: BROKEN at entry %1 (%2)</translation>
    </message>
    <message>
        <source>audit head: entry %1, SHA-256 %2</source>
        <translation>audit head: entry %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>due: %1</source>
        <translation>due: %1</translation>
    </message>
    <message>
        <source>extended: %1</source>
        <translation>extended: %1</translation>
    </message>
    <message>
        <source>--fast-kdf is only for Habeas&apos;s own test suites.</source>
        <translation>--fast-kdf is only for Habeas&apos;s own test suites.</translation>
    </message>
    <message>
        <source>The replaced vault is kept as %1 (identity documents destroyed: %2).</source>
        <translation>The replaced vault is kept as %1 (identity documents destroyed: %2).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>; the head at entry %1 is that of the vault replaced when a backup was restored on %2</source>
        <translation>; the head at entry %1 is that of the vault replaced when a backup was restored on %2</translation>
    </message>
    <message>
        <source> (explained by the log&apos;s restore entry, not verified: compare with the kept vault)</source>
        <translation> (explained by the log&apos;s restore entry, not verified: compare with the kept vault)</translation>
    </message>
    <message>
        <source>Role of a new account.</source>
        <translation>Role of a new account.</translation>
    </message>
    <message>
        <source>Read the temporary password from standard input.</source>
        <translation>Read the temporary password from standard input.</translation>
    </message>
    <message>
        <source>Change the vault key with the reset.</source>
        <translation>Change the vault key with the reset.</translation>
    </message>
    <message>
        <source>Unknown account command &apos;%1&apos;: use add, disable, enable or reset.</source>
        <translation>Unknown account command &apos;%1&apos;: use add, disable, enable or reset.</translation>
    </message>
    <message>
        <source>Give the new account&apos;s role with --role clerk, dpo or administrator.</source>
        <translation>Give the new account&apos;s role with --role clerk, dpo or administrator.</translation>
    </message>
    <message>
        <source>Changing the vault key: %1%</source>
        <translation>Changing the vault key: %1%</translation>
    </message>
    <message>
        <source>The vault key of %1 is changed; every account keeps its password.</source>
        <translation>The vault key of %1 is changed; every account keeps its password.</translation>
    </message>
    <message>
        <source>Account %1 disabled; the vault key is changed.</source>
        <translation>Account %1 disabled; the vault key is changed.</translation>
    </message>
    <message>
        <source>No temporary password on standard input.</source>
        <translation>No temporary password on standard input.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Account %1 added.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <source>Password of %1 reset; the vault key is changed.</source>
        <translation>Password of %1 reset; the vault key is changed.</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Password of %1 reset.</translation>
    </message>
    <message>
        <source>Temporary password (shown once; it must be changed at first sign-in): %1</source>
        <translation>Temporary password (shown once; it must be changed at first sign-in): %1</translation>
    </message>
    <message>
        <source>The temporary password must be changed at first sign-in.</source>
        <translation>The temporary password must be changed at first sign-in.</translation>
    </message>
    <message>
        <source>vault creator&apos;s key: %1</source>
        <translation>vault creator&apos;s key: %1</translation>
    </message>
    <message>
        <source>Only the requests in this state.</source>
        <translation>Only the requests in this state.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Write JSON.</translation>
    </message>
    <message>
        <source>Include the requesters&apos; names.</source>
        <translation>Include the requesters&apos; names.</translation>
    </message>
    <message>
        <source>Unknown state &apos;%1&apos;: use received, identity-check, in-progress, answered, closed, refused, withdrawn or open.</source>
        <translation>Unknown state &apos;%1&apos;: use received, identity-check, in-progress, answered, closed, refused, withdrawn or open.</translation>
    </message>
    <message>
        <source>Reference of a request.</source>
        <translation>Reference of a request.</translation>
    </message>
    <message>
        <source>Kind of letter.</source>
        <translation>Kind of letter.</translation>
    </message>
    <message>
        <source>Read the PDF&apos;s password from standard input.</source>
        <translation>Read the PDF&apos;s password from standard input.</translation>
    </message>
    <message>
        <source>Unknown kind of letter &apos;%1&apos;: use acknowledgement, identity-request, extension, refusal or reply.</source>
        <translation>Unknown kind of letter &apos;%1&apos;: use acknowledgement, identity-request, extension, refusal or reply.</translation>
    </message>
    <message>
        <source>A letter is only written encrypted: give its password on standard input with --pdf-password-stdin.</source>
        <translation>A letter is only written encrypted: give its password on standard input with --pdf-password-stdin.</translation>
    </message>
    <message>
        <source>No PDF password on standard input.</source>
        <translation>No PDF password on standard input.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>The PDF password is refused: %1</source>
        <translation>The PDF password is refused: %1</translation>
    </message>
    <message>
        <source>%1 is not a file; no letter was issued.</source>
        <translation>%1 is not a file; no letter was issued.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written to; no letter was issued.</source>
        <translation>The folder %1 does not exist or cannot be written to; no letter was issued.</translation>
    </message>
    <message>
        <source>No %1 letter can be issued for %2: %3</source>
        <translation>No %1 letter can be issued for %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The %1 letter for %2 is issued (%n page(s)) and written encrypted to %3.</source>
        <translation>
            <numerusform>The %1 letter for %2 is issued (%n page) and written encrypted to %3.</numerusform>
            <numerusform>The %1 letter for %2 is issued (%n pages) and written encrypted to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the letter already issued instead of issuing one.</source>
        <translation>Write the letter already issued instead of issuing one.</translation>
    </message>
    <message>
        <source>No %1 letter was issued for %2 yet.</source>
        <translation>No %1 letter was issued for %2 yet.</translation>
    </message>
    <message>
        <source>%1 The letter is archived with the request %2: write it again with --issued.</source>
        <translation>%1 The letter is archived with the request %2: write it again with --issued.</translation>
    </message>
    <message>
        <source>Department of the privacy notice.</source>
        <translation>Department of the privacy notice.</translation>
    </message>
    <message>
        <source>Language of the privacy notice (fr or en).</source>
        <translation>Language of the privacy notice (fr or en).</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use fr or en.</source>
        <translation>Unknown language &apos;%1&apos;: use fr or en.</translation>
    </message>
    <message>
        <source>The notice is written as a web page or a PDF: name the file FILE.html or FILE.pdf.</source>
        <translation>The notice is written as a web page or a PDF: name the file FILE.html or FILE.pdf.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written to.</source>
        <translation>The folder %1 does not exist or cannot be written to.</translation>
    </message>
    <message>
        <source>The privacy notice of %1 (%2) is written to %3.</source>
        <translation>The privacy notice of %1 (%2) is written to %3.</translation>
    </message>
    <message>
        <source>Usage: habeas-cli COMMAND [ARGUMENTS]

Commands:
  create VAULT --admin LOGIN [--name NAME] [--organisation NAME]
                       create an empty vault with its administrator
  demo VAULT           create a vault with the demo accounts
  info VAULT           format, schema version and key slots (no password)
  check VAULT --user LOGIN [--head FILE]
                       verify encryption, integrity, schema and the audit
                       chain (and that it still matches an exported head)
  audit-head VAULT --user LOGIN [--output FILE]
                       print or export the audit log&apos;s head
  backup VAULT DEST --user LOGIN
                       write a verified encrypted copy of VAULT to DEST,
                       with the audit log&apos;s head beside it
  restore BACKUP VAULT --user LOGIN
                       put a backup in place of VAULT (the old files are kept)
  account add VAULT LOGIN --user ADMIN --name NAME --role ROLE
                       add an account (ROLE: clerk, dpo or administrator)
  account disable VAULT LOGIN --user ADMIN
                       disable an account and change the vault key
  account enable VAULT LOGIN --user ADMIN
                       enable a disabled account again
  account reset VAULT LOGIN --user ADMIN [--revoke]
                       give an account a new temporary password (--revoke:
                       the old one may be known, change the vault key too)
  rekey VAULT --user ADMIN
                       change the vault key, so that older copies of the
                       key file no longer open the vault
  requests VAULT --user LOGIN [--state STATE] [--json] [--names]
                       list the requests: reference, rights, state,
                       received and due dates, by due date (--names adds
                       the requester; STATE: received, identity-check,
                       in-progress, answered, closed, refused, withdrawn,
                       or open for all but the ended)
  letter VAULT --user LOGIN --request REF --kind KIND --output FILE
         --pdf-password-stdin
                       issue the letter of KIND for the request REF (it
                       is archived with the request) and write it to FILE,
                       encrypted with the password on the next line of
                       standard input (KIND: acknowledgement,
                       identity-request, extension, refusal or reply);
                       with --issued, the latest letter of KIND already
                       issued for REF is written instead, and none is
                       issued (to write again one a failed write lost)
  notice VAULT --user LOGIN --department NAME --lang fr|en --output FILE
                       write the public privacy notice of the department
                       NAME (as the register writes it, case and accents
                       aside), made from the register, in French or
                       English: a web page for FILE.html, an unencrypted
                       PDF for FILE.pdf
  parse-deliberation FILE
                       read a deliberation as the Journal de Monaco
                       publishes it (UTF-8, Latin-1 or Windows-1252) and
                       print what was recognised as JSON, without a vault
  import-deliberations VAULT DIR --user LOGIN
                       import every deliberation text (.txt) of DIR, a
                       line per file; those already recorded are skipped,
                       each file is imported whole or not at all
  deadline DATE        reply deadline of a request received on DATE
                       (YYYY-MM-DD): due date, latest extended date, and
                       how they were computed

Passwords are read from the terminal, or from the first line of standard
input with --password-stdin; never from the command line. A temporary
password (account add, enable, reset) is made up and printed once, or
read from the next line of standard input with --new-password-stdin.
A letter&apos;s PDF password is read from the next line of standard input
with --pdf-password-stdin, which the letter command requires.

Exit status: 0 success, 1 usage, 2 authentication, 3 vault or key file
missing, 4 damaged or tampered, 5 written by a newer Habeas, 6 in use
elsewhere, 7 storage (read-only, disk full, file exists), 8 check found
problems, 9 internal error, 10 the account&apos;s role does not allow it,
11 the request does not allow it now (a letter that does not apply in its
state, or a fact it needs is missing), 12 some deliberations could not be
imported (their lines say why).</source>
        <translation>Usage: habeas-cli COMMAND [ARGUMENTS]

Commands:
  create VAULT --admin LOGIN [--name NAME] [--organisation NAME]
                       create an empty vault with its administrator
  demo VAULT           create a vault with the demo accounts
  info VAULT           format, schema version and key slots (no password)
  check VAULT --user LOGIN [--head FILE]
                       verify encryption, integrity, schema and the audit
                       chain (and that it still matches an exported head)
  audit-head VAULT --user LOGIN [--output FILE]
                       print or export the audit log&apos;s head
  backup VAULT DEST --user LOGIN
                       write a verified encrypted copy of VAULT to DEST,
                       with the audit log&apos;s head beside it
  restore BACKUP VAULT --user LOGIN
                       put a backup in place of VAULT (the old files are kept)
  account add VAULT LOGIN --user ADMIN --name NAME --role ROLE
                       add an account (ROLE: clerk, dpo or administrator)
  account disable VAULT LOGIN --user ADMIN
                       disable an account and change the vault key
  account enable VAULT LOGIN --user ADMIN
                       enable a disabled account again
  account reset VAULT LOGIN --user ADMIN [--revoke]
                       give an account a new temporary password (--revoke:
                       the old one may be known, change the vault key too)
  rekey VAULT --user ADMIN
                       change the vault key, so that older copies of the
                       key file no longer open the vault
  requests VAULT --user LOGIN [--state STATE] [--json] [--names]
                       list the requests: reference, rights, state,
                       received and due dates, by due date (--names adds
                       the requester; STATE: received, identity-check,
                       in-progress, answered, closed, refused, withdrawn,
                       or open for all but the ended)
  letter VAULT --user LOGIN --request REF --kind KIND --output FILE
         --pdf-password-stdin
                       issue the letter of KIND for the request REF (it
                       is archived with the request) and write it to FILE,
                       encrypted with the password on the next line of
                       standard input (KIND: acknowledgement,
                       identity-request, extension, refusal or reply);
                       with --issued, the latest letter of KIND already
                       issued for REF is written instead, and none is
                       issued (to write again one a failed write lost)
  notice VAULT --user LOGIN --department NAME --lang fr|en --output FILE
                       write the public privacy notice of the department
                       NAME (as the register writes it, case and accents
                       aside), made from the register, in French or
                       English: a web page for FILE.html, an unencrypted
                       PDF for FILE.pdf
  parse-deliberation FILE
                       read a deliberation as the Journal de Monaco
                       publishes it (UTF-8, Latin-1 or Windows-1252) and
                       print what was recognised as JSON, without a vault
  import-deliberations VAULT DIR --user LOGIN
                       import every deliberation text (.txt) of DIR, a
                       line per file; those already recorded are skipped,
                       each file is imported whole or not at all
  deadline DATE        reply deadline of a request received on DATE
                       (YYYY-MM-DD): due date, latest extended date, and
                       how they were computed

Passwords are read from the terminal, or from the first line of standard
input with --password-stdin; never from the command line. A temporary
password (account add, enable, reset) is made up and printed once, or
read from the next line of standard input with --new-password-stdin.
A letter&apos;s PDF password is read from the next line of standard input
with --pdf-password-stdin, which the letter command requires.

Exit status: 0 success, 1 usage, 2 authentication, 3 vault or key file
missing, 4 damaged or tampered, 5 written by a newer Habeas, 6 in use
elsewhere, 7 storage (read-only, disk full, file exists), 8 check found
problems, 9 internal error, 10 the account&apos;s role does not allow it,
11 the request does not allow it now (a letter that does not apply in its
state, or a fact it needs is missing), 12 some deliberations could not be
imported (their lines say why).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name, what became of it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No deliberation text (.txt) in %1.</source>
        <translation>No deliberation text (.txt) in %1.</translation>
    </message>
</context>
<context>
    <name>ConditionIndicator</name>
    <message>
        <source>Access replies on time</source>
        <translation>Access replies on time</translation>
    </message>
    <message>
        <source>Exports encrypted</source>
        <translation>Exports encrypted</translation>
    </message>
    <message>
        <source>This year&apos;s access requests concerning the deliberation&apos;s processing answered by their deadline, extensions included.</source>
        <translation>This year&apos;s access requests concerning the deliberation&apos;s processing answered by their deadline, extensions included.</translation>
    </message>
    <message>
        <source>Every extract of the register and every letter Habeas exported for the deliberation&apos;s processing was encrypted.</source>
        <translation>Every extract of the register and every letter Habeas exported for the deliberation&apos;s processing was encrypted.</translation>
    </message>
    <message>
        <source>Needs the deliberation&apos;s processing</source>
        <translation>Needs the deliberation&apos;s processing</translation>
    </message>
    <message>
        <source>No access request to measure in %1</source>
        <translation>No access request to measure in %1</translation>
    </message>
    <message>
        <source>%1 of %2 on time (%3 %)</source>
        <translation>%1 of %2 on time (%3 %)</translation>
    </message>
    <message>
        <source>No export yet</source>
        <translation>No export yet</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s), all encrypted</source>
        <translation>
            <numerusform>%n export, all encrypted</numerusform>
            <numerusform>%n exports, all encrypted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n export(s) encrypted, %2 not known</source>
        <translation>
            <numerusform>%1 of %n export encrypted, %2 not known</numerusform>
            <numerusform>%1 of %n exports encrypted, %2 not known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n export(s) not encrypted</source>
        <translation>
            <numerusform>%1 of %n export not encrypted</numerusform>
            <numerusform>%1 of %n exports not encrypted</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the deliberation to its processing of the register: the figure counts what concerns that processing.</source>
        <translation>Link the deliberation to its processing of the register: the figure counts what concerns that processing.</translation>
    </message>
    <message>
        <source>Access requests received in %1 whose findings name the processing: replied by the date in force (extensions included), or still open past it.</source>
        <translation>Access requests received in %1 whose findings name the processing: replied by the date in force (extensions included), or still open past it.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) still open and not yet due are not counted.</source>
        <translation>
            <numerusform>%n request still open and not yet due are not counted.</numerusform>
            <numerusform>%n requests still open and not yet due are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) withdrawn before a reply are not counted.</source>
        <translation>
            <numerusform>%n request withdrawn before a reply are not counted.</numerusform>
            <numerusform>%n requests withdrawn before a reply are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracts of the processing&apos;s register entry or of the whole register, and letters of requests concerning it, as the audit log records their export.</source>
        <translation>Extracts of the processing&apos;s register entry or of the whole register, and letters of requests concerning it, as the audit log records their export.</translation>
    </message>
    <message numerus="yes">
        <source>%n older entry(ies) do not say whether the file was encrypted.</source>
        <translation>
            <numerusform>%n older entry(ies) do not say whether the file was encrypted.</numerusform>
            <numerusform>%n older entry(ies) do not say whether the file was encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>one month</source>
        <translation>one month</translation>
    </message>
    <message>
        <source>two months</source>
        <translation>two months</translation>
    </message>
    <message>
        <source>three months</source>
        <translation>three months</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(no %1 %2)</source>
        <translation>(no %1 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) paused awaiting identity proof → %1</source>
        <translation>
            <numerusform>%n day paused awaiting identity proof → %1</numerusform>
            <numerusform>%n days paused awaiting identity proof → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not a working day (%1) → %2</source>
        <translation>not a working day (%1) → %2</translation>
    </message>
</context>
<context>
    <name>DeliberationImport</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB: it is not a deliberation.</source>
        <translation>The file %1 is larger than %2 MB: it is not a deliberation.</translation>
    </message>
    <message>
        <source>The file %1 holds no text: open the deliberation&apos;s text (.txt), not a document or an image.</source>
        <translation>The file %1 holds no text: open the deliberation&apos;s text (.txt), not a document or an image.</translation>
    </message>
    <message>
        <source>the same name as the deliberation&apos;s title</source>
        <translation>the same name as the deliberation&apos;s title</translation>
    </message>
    <message>
        <source>the name the deliberation says it is known by</source>
        <translation>the name the deliberation says it is known by</translation>
    </message>
    <message>
        <source>a name sharing most words with the title</source>
        <translation>a name sharing most words with the title</translation>
    </message>
    <message>
        <source>operated by the same department</source>
        <translation>operated by the same department</translation>
    </message>
    <message>
        <source>%1, operated by the same department</source>
        <comment>reason, then the department</comment>
        <translation>%1, operated by the same department</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>not a deliberation: no number and no title found</source>
        <translation>not a deliberation: no number and no title found</translation>
    </message>
    <message>
        <source>not imported: %1 not found</source>
        <translation>not imported: %1 not found</translation>
    </message>
    <message>
        <source>deliberation no. %1 is already recorded: skipped</source>
        <translation>deliberation no. %1 is already recorded: skipped</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
    <message>
        <source>deliberation no. %1 imported, %2</source>
        <translation>deliberation no. %1 imported, %2</translation>
    </message>
    <message>
        <source>deliberation no. %1 imported, %2; not found in the text: %3</source>
        <translation>deliberation no. %1 imported, %2; not found in the text: %3</translation>
    </message>
    <message>
        <source>; linked to no processing (the register has none of that name)</source>
        <translation>; linked to no processing (the register has none of that name)</translation>
    </message>
</context>
<context>
    <name>DeliberationLabels</name>
    <message>
        <source>CCIN</source>
        <translation>CCIN</translation>
    </message>
    <message>
        <source>APDP</source>
        <translation>APDP</translation>
    </message>
    <message>
        <source>Favourable opinion</source>
        <translation>Favourable opinion</translation>
    </message>
    <message>
        <source>Unfavourable opinion</source>
        <translation>Unfavourable opinion</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Opinion on a draft text</source>
        <translation>Opinion on a draft text</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Consideration</translation>
    </message>
</context>
<context>
    <name>DeliberationParser</name>
    <message>
        <source>the number</source>
        <translation>the number</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>the authority</translation>
    </message>
    <message>
        <source>the kind of deliberation</source>
        <translation>the kind of deliberation</translation>
    </message>
    <message>
        <source>whether it is about an implementation or a modification</source>
        <translation>whether it is about an implementation or a modification</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>the Journal de Monaco&apos;s number and date</source>
        <translation>the Journal de Monaco&apos;s number and date</translation>
    </message>
    <message>
        <source>the &quot;Vu&quot; references</source>
        <translation>the &quot;Vu&quot; references</translation>
    </message>
    <message>
        <source>the closing decision (&quot;Après en avoir délibéré&quot;)</source>
        <translation>the closing decision (&quot;Après en avoir délibéré&quot;)</translation>
    </message>
    <message>
        <source>the sentence that gives the opinion</source>
        <translation>the sentence that gives the opinion</translation>
    </message>
    <message>
        <source>an opinion that agrees with the title</source>
        <translation>an opinion that agrees with the title</translation>
    </message>
    <message>
        <source>sections %1</source>
        <translation>sections %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>section %1</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Preamble</translation>
    </message>
</context>
<context>
    <name>DeliberationRepository</name>
    <message>
        <source>The deliberations cannot be read or written.</source>
        <translation>The deliberations cannot be read or written.</translation>
    </message>
    <message>
        <source>There is no such condition.</source>
        <translation>There is no such condition.</translation>
    </message>
    <message>
        <source>There is no such deliberation.</source>
        <translation>There is no such deliberation.</translation>
    </message>
</context>
<context>
    <name>DeliberationService</name>
    <message>
        <source>A deliberation number looks like 2023-133.</source>
        <translation>A deliberation number looks like 2023-133.</translation>
    </message>
    <message>
        <source>A deliberation needs its date and its title.</source>
        <translation>A deliberation needs its date and its title.</translation>
    </message>
    <message>
        <source>Every condition needs its text.</source>
        <translation>Every condition needs its text.</translation>
    </message>
    <message>
        <source>Deliberation no. %1 is already recorded.</source>
        <translation>Deliberation no. %1 is already recorded.</translation>
    </message>
    <message>
        <source>The deliberation cannot be recorded.</source>
        <translation>The deliberation cannot be recorded.</translation>
    </message>
    <message>
        <source>There is no such deliberation.</source>
        <translation>There is no such deliberation.</translation>
    </message>
    <message>
        <source>There is no such condition.</source>
        <translation>There is no such condition.</translation>
    </message>
    <message>
        <source>Say how the condition was met (the evidence).</source>
        <translation>Say how the condition was met (the evidence).</translation>
    </message>
    <message>
        <source>The condition cannot be updated.</source>
        <translation>The condition cannot be updated.</translation>
    </message>
    <message>
        <source>There is no such processing in the register.</source>
        <translation>There is no such processing in the register.</translation>
    </message>
    <message>
        <source>The deliberation cannot be linked.</source>
        <translation>The deliberation cannot be linked.</translation>
    </message>
    <message>
        <source>Measured by: %1.</source>
        <translation>Measured by: %1.</translation>
    </message>
    <message>
        <source>Measured by no indicator any more.</source>
        <translation>Measured by no indicator any more.</translation>
    </message>
    <message>
        <source>This condition is measured by no indicator.</source>
        <translation>This condition is measured by no indicator.</translation>
    </message>
    <message>
        <source>This text is of deliberation no. %1, not of no. %2.</source>
        <translation>This text is of deliberation no. %1, not of no. %2.</translation>
    </message>
    <message>
        <source>The new version of the deliberation cannot be recorded.</source>
        <translation>The new version of the deliberation cannot be recorded.</translation>
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
    <name>DocumentRepository</name>
    <message>
        <source>The identity document cannot be stored or read.</source>
        <translation>The identity document cannot be stored or read.</translation>
    </message>
    <message>
        <source>This request has no identity document.</source>
        <translation>This request has no identity document.</translation>
    </message>
    <message>
        <source>The records of destroyed documents cannot be read.</source>
        <translation>The records of destroyed documents cannot be read.</translation>
    </message>
</context>
<context>
    <name>EncryptedPdf</name>
    <message>
        <source>A PDF is only exported with a password to open it.</source>
        <translation>A PDF is only exported with a password to open it.</translation>
    </message>
    <message>
        <source>The letter could not be made into a protected PDF.</source>
        <translation>The letter could not be made into a protected PDF.</translation>
    </message>
    <message>
        <source>This PDF cannot be opened with that password.</source>
        <translation>This PDF cannot be opened with that password.</translation>
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
    <name>IdentityDocumentService</name>
    <message>
        <source>There is no such request.</source>
        <translation>There is no such request.</translation>
    </message>
    <message>
        <source>This request has ended: no identity document is kept for it.</source>
        <translation>This request has ended: no identity document is kept for it.</translation>
    </message>
    <message>
        <source>Say which document this is (identity card, passport, …).</source>
        <translation>Say which document this is (identity card, passport, …).</translation>
    </message>
    <message>
        <source>The identity document cannot be stored.</source>
        <translation>The identity document cannot be stored.</translation>
    </message>
    <message>
        <source>This request has no identity document.</source>
        <translation>This request has no identity document.</translation>
    </message>
    <message>
        <source>Leftover identity documents cannot be destroyed.</source>
        <translation>Leftover identity documents cannot be destroyed.</translation>
    </message>
    <message>
        <source>Make every check before calling the identity verified: the photograph, the name, the date of birth (or say it is not known) and the validity of the document.</source>
        <translation>Make every check before calling the identity verified: the photograph, the name, the date of birth (or say it is not known) and the validity of the document.</translation>
    </message>
    <message>
        <source>This copy was verified already, by %1 on %2.</source>
        <translation>This copy was verified already, by %1 on %2.</translation>
    </message>
</context>
<context>
    <name>IdentityImageProcessor</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB; scan the document at a lower resolution.</source>
        <translation>The file is larger than 20 MB; scan the document at a lower resolution.</translation>
    </message>
    <message>
        <source>The image has more than 50 megapixels; scan the document at a lower resolution.</source>
        <translation>The image has more than 50 megapixels; scan the document at a lower resolution.</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete and cannot be read.</source>
        <translation>The image is damaged or incomplete and cannot be read.</translation>
    </message>
    <message>
        <source>The copy of the document could not be encoded.</source>
        <translation>The copy of the document could not be encoded.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password: Habeas cannot read it. Ask for a scan without a password (a PDF or an image).</source>
        <translation>This PDF is protected by a password: Habeas cannot read it. Ask for a scan without a password (a PDF or an image).</translation>
    </message>
    <message>
        <source>The first page of this PDF is too large to be read.</source>
        <translation>The first page of this PDF is too large to be read.</translation>
    </message>
    <message>
        <source>This file is neither an image nor a PDF that Habeas can read (JPEG, PNG, TIFF, BMP or PDF).</source>
        <translation>This file is neither an image nor a PDF that Habeas can read (JPEG, PNG, TIFF, BMP or PDF).</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>The figures of the conditions cannot be measured.</source>
        <translation>The figures of the conditions cannot be measured.</translation>
    </message>
</context>
<context>
    <name>InspectionFile</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>from the first request to %1</source>
        <translation>from the first request to %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>The whole register: %n processing(s) described.</source>
        <translation>
            <numerusform>The whole register: %n processing described.</numerusform>
            <numerusform>The whole register: %n processings described.</numerusform>
        </translation>
    </message>
    <message>
        <source>The processing %1.</source>
        <translation>The processing %1.</translation>
    </message>
    <message>
        <source>Drawn up for the supervisory authority.</source>
        <translation>Drawn up for the supervisory authority.</translation>
    </message>
    <message>
        <source>Drawn up by %1 for the supervisory authority.</source>
        <translation>Drawn up by %1 for the supervisory authority.</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Generated on</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generated by</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Period of the figures</source>
        <translation>Period of the figures</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>This file names no requester: requests are counted, never listed, and identity documents appear only as the number destroyed each month.</source>
        <translation>This file names no requester: requests are counted, never listed, and identity documents appear only as the number destroyed each month.</translation>
    </message>
    <message>
        <source>No deliberation of the authority is recorded.</source>
        <translation>No deliberation of the authority is recorded.</translation>
    </message>
    <message>
        <source>No deliberation of the authority concerns this processing.</source>
        <translation>No deliberation of the authority concerns this processing.</translation>
    </message>
    <message>
        <source>Deliberation no. %1 of %2</source>
        <translation>Deliberation no. %1 of %2</translation>
    </message>
    <message>
        <source>Deliberation no. %1</source>
        <translation>Deliberation no. %1</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s), %1 met or not applicable, %2 still to follow</source>
        <translation>
            <numerusform>%n condition, %1 met or not applicable, %2 still to follow</numerusform>
            <numerusform>%n conditions, %1 met or not applicable, %2 still to follow</numerusform>
        </translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Requests received %1.</source>
        <translation>Requests received %1.</translation>
    </message>
    <message>
        <source>Only the requests whose findings concern this processing are counted.</source>
        <translation>Only the requests whose findings concern this processing are counted.</translation>
    </message>
    <message>
        <source>No request was received in the period.</source>
        <translation>No request was received in the period.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Requests received and their outcome</source>
        <translation>Requests received and their outcome</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Replies and their deadlines</source>
        <translation>Replies and their deadlines</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Share on time</source>
        <translation>Share on time</translation>
    </message>
    <message>
        <source>Overdue, no reply</source>
        <translation>Overdue, no reply</translation>
    </message>
    <message>
        <source>A request for several rights is counted under each of them and once among all requests. A reply is the first answer or refusal sent; it is on time when sent by the deadline in force, extension included. &quot;Ended&quot; counts requests closed, refused or withdrawn; &quot;Overdue, no reply&quot; those still open whose deadline has passed.</source>
        <translation>A request for several rights is counted under each of them and once among all requests. A reply is the first answer or refusal sent; it is on time when sent by the deadline in force, extension included. &quot;Ended&quot; counts requests closed, refused or withdrawn; &quot;Overdue, no reply&quot; those still open whose deadline has passed.</translation>
    </message>
    <message>
        <source>Refusals by reason</source>
        <translation>Refusals by reason</translation>
    </message>
    <message>
        <source>No request was refused.</source>
        <translation>No request was refused.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>No identity document was destroyed %1.</source>
        <translation>No identity document was destroyed %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n identity document(s) destroyed %1; the first on %2, the last on %3.</source>
        <translation>
            <numerusform>%n identity document destroyed %1; the first on %2, the last on %3.</numerusform>
            <numerusform>%n identity documents destroyed %1; the first on %2, the last on %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Documents destroyed</source>
        <translation>Documents destroyed</translation>
    </message>
    <message>
        <source>A copy of the requester&apos;s identity document is kept only while the request is open, inside the encrypted vault, and destroyed when it ends; what remains is the record of its destruction.</source>
        <translation>A copy of the requester&apos;s identity document is kept only while the request is open, inside the encrypted vault, and destroyed when it ends; what remains is the record of its destruction.</translation>
    </message>
    <message>
        <source>Only the documents of requests whose findings concern this processing are counted.</source>
        <translation>Only the documents of requests whose findings concern this processing are counted.</translation>
    </message>
    <message>
        <source>Whole: every entry verified, from the first to the head.</source>
        <translation>Whole: every entry verified, from the first to the head.</translation>
    </message>
    <message>
        <source>Broken at entry %1: %2</source>
        <translation>Broken at entry %1: %2</translation>
    </message>
    <message>
        <source>Entries in the chain</source>
        <translation>Entries in the chain</translation>
    </message>
    <message>
        <source>Hash of the head</source>
        <translation>Hash of the head</translation>
    </message>
    <message>
        <source>Head written on (UTC)</source>
        <translation>Head written on (UTC)</translation>
    </message>
    <message>
        <source>Key of the vault&apos;s creator</source>
        <translation>Key of the vault&apos;s creator</translation>
    </message>
    <message>
        <source>Verification when generated</source>
        <translation>Verification when generated</translation>
    </message>
    <message>
        <source>Each entry of the audit log holds the hash of the one before and is signed by the account that acted; a history rewritten after this head no longer leads to it. The generation of this file is recorded as the next entry.</source>
        <translation>Each entry of the audit log holds the hash of the one before and is signed by the account that acted; a history rewritten after this head no longer leads to it. The generation of this file is recorded as the next entry.</translation>
    </message>
    <message>
        <source>Reason withheld from this file: it names the requester</source>
        <translation>Reason withheld from this file: it names the requester</translation>
    </message>
    <message>
        <source>No reason kept (cleared with the case file)</source>
        <translation>No reason kept (cleared with the case file)</translation>
    </message>
    <message>
        <source>Inspection file: register of processings</source>
        <translation>Inspection file: register of processings</translation>
    </message>
    <message>
        <source>Inspection file: %1</source>
        <translation>Inspection file: %1</translation>
    </message>
    <message>
        <source>1. The register</source>
        <translation>1. The register</translation>
    </message>
    <message>
        <source>2. Deliberations of the authority and their conditions</source>
        <translation>2. Deliberations of the authority and their conditions</translation>
    </message>
    <message>
        <source>3. Rights requests</source>
        <translation>3. Rights requests</translation>
    </message>
    <message>
        <source>4. Identity documents destroyed</source>
        <translation>4. Identity documents destroyed</translation>
    </message>
    <message>
        <source>5. The audit log</source>
        <translation>5. The audit log</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Inspection file, page %1 / %2</source>
        <translation>Inspection file, page %1 / %2</translation>
    </message>
    <message>
        <source>Inspection file</source>
        <translation>Inspection file</translation>
    </message>
</context>
<context>
    <name>InspectionFileService</name>
    <message>
        <source>The inspection file could not be exported.</source>
        <translation>The inspection file could not be exported.</translation>
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
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</source>
        <translation>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>There is no such key slot.</source>
        <translation>There is no such key slot.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no key slot.</source>
        <translation>The account &quot;%1&quot; has no key slot.</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Letter %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Print the letter</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Letters are not printed to a file: use &quot;Export as PDF&quot;, which protects the file with a password.</source>
        <translation>Letters are not printed to a file: use &quot;Export as PDF&quot;, which protects the file with a password.</translation>
    </message>
    <message>
        <source>Export the letter as PDF</source>
        <translation>Export the letter as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>The letter was saved in %1. It opens only with the password you chose.</source>
        <translation>The letter was saved in %1. It opens only with the password you chose.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <source>its legal basis</source>
        <translation>its legal basis</translation>
    </message>
    <message>
        <source>the data it processes</source>
        <translation>the data it processes</translation>
    </message>
    <message>
        <source>where its data comes from</source>
        <translation>where its data comes from</translation>
    </message>
    <message>
        <source>The register does not give %1 for “%2”; an access reply must say it. Ask the DPO to complete the register.</source>
        <translation>The register does not give %1 for “%2”; an access reply must say it. Ask the DPO to complete the register.</translation>
    </message>
    <message>
        <source>No processing is recorded as concerned by this request: add them on the Processings tab before writing the reply.</source>
        <translation>No processing is recorded as concerned by this request: add them on the Processings tab before writing the reply.</translation>
    </message>
    <message>
        <source>Say whether data is held in %1 before writing the reply.</source>
        <translation>Say whether data is held in %1 before writing the reply.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the register.</source>
        <translation>“%1” is no longer in the register.</translation>
    </message>
    <message>
        <source>Record what was done in “%1” before writing the reply.</source>
        <translation>Record what was done in “%1” before writing the reply.</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>The letter has no text.</translation>
    </message>
    <message>
        <source>This request was anonymised: no letter can be written about it.</source>
        <translation>This request was anonymised: no letter can be written about it.</translation>
    </message>
    <message>
        <source>The request has ended.</source>
        <translation>The request has ended.</translation>
    </message>
    <message>
        <source>The deadline of this request was not extended.</source>
        <translation>The deadline of this request was not extended.</translation>
    </message>
    <message>
        <source>The request was not refused.</source>
        <translation>The request was not refused.</translation>
    </message>
    <message>
        <source>The reply is written once the identity is verified, while the request is in progress.</source>
        <translation>The reply is written once the identity is verified, while the request is in progress.</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Request for proof of identity</source>
        <translation>Request for proof of identity</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>the addressee&apos;s name</source>
        <translation>the addressee&apos;s name</translation>
    </message>
    <message>
        <source>the agent&apos;s postal address</source>
        <translation>the agent&apos;s postal address</translation>
    </message>
    <message>
        <source>the requester&apos;s postal address</source>
        <translation>the requester&apos;s postal address</translation>
    </message>
    <message>
        <source>the office&apos;s name (letterhead)</source>
        <translation>the office&apos;s name (letterhead)</translation>
    </message>
    <message>
        <source>the signatory&apos;s name (letterhead)</source>
        <translation>the signatory&apos;s name (letterhead)</translation>
    </message>
    <message>
        <source>The letter cannot be printed without %1.</source>
        <translation>The letter cannot be printed without %1.</translation>
    </message>
    <message>
        <source>The %1 cannot use %2.</source>
        <translation>The %1 cannot use %2.</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>The letter could not be laid out on the page.</source>
        <translation>The letter could not be laid out on the page.</translation>
    </message>
    <message>
        <source>The letter cannot be laid out: this program has no fonts.</source>
        <translation>The letter cannot be laid out: this program has no fonts.</translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>The letters cannot be read or written.</source>
        <translation>The letters cannot be read or written.</translation>
    </message>
    <message>
        <source>There is no such letter.</source>
        <translation>There is no such letter.</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>Letters are written in French or English.</source>
        <translation>Letters are written in French or English.</translation>
    </message>
    <message>
        <source>The letter needs a subject.</source>
        <translation>The letter needs a subject.</translation>
    </message>
    <message>
        <source>The subject is one line.</source>
        <translation>The subject is one line.</translation>
    </message>
    <message>
        <source>The template cannot be saved.</source>
        <translation>The template cannot be saved.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>There is no such request.</translation>
    </message>
    <message>
        <source>There is no letter to issue.</source>
        <translation>There is no letter to issue.</translation>
    </message>
    <message>
        <source>The letter cannot be archived.</source>
        <translation>The letter cannot be archived.</translation>
    </message>
    <message>
        <source>The request changed since this letter was prepared; prepare it again to issue it.</source>
        <translation>The request changed since this letter was prepared; prepare it again to issue it.</translation>
    </message>
    <message>
        <source>The template changed since this letter was prepared; prepare it again to issue it.</source>
        <translation>The template changed since this letter was prepared; prepare it again to issue it.</translation>
    </message>
    <message>
        <source>There is no such letter.</source>
        <translation>There is no such letter.</translation>
    </message>
    <message>
        <source>This letter was cleared with the rest of the case file when its retention period ended.</source>
        <translation>This letter was cleared with the rest of the case file when its retention period ended.</translation>
    </message>
    <message>
        <source>The letter could not be exported.</source>
        <translation>The letter could not be exported.</translation>
    </message>
    <message>
        <source>The first deadline, %1, has passed: the requester should have been told of the extension before it.</source>
        <translation>The first deadline, %1, has passed: the requester should have been told of the extension before it.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Name of the office, from the letterhead</source>
        <translation>Name of the office, from the letterhead</translation>
    </message>
    <message>
        <source>Address of the office, from the letterhead</source>
        <translation>Address of the office, from the letterhead</translation>
    </message>
    <message>
        <source>Name of the person who signs</source>
        <translation>Name of the person who signs</translation>
    </message>
    <message>
        <source>Title of the person who signs</source>
        <translation>Title of the person who signs</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <source>Reference of the request</source>
        <translation>Reference of the request</translation>
    </message>
    <message>
        <source>Date the request was received</source>
        <translation>Date the request was received</translation>
    </message>
    <message>
        <source>Date the reply is due</source>
        <translation>Date the reply is due</translation>
    </message>
    <message>
        <source>Date the reply is due after the extension</source>
        <translation>Date the reply is due after the extension</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Reasons for the extension</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <source>Name of the addressee: the requester, or the agent</source>
        <translation>Name of the addressee: the requester, or the agent</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation>Postal address of the addressee</translation>
    </message>
    <message>
        <source>Civility of the addressee (may be empty)</source>
        <translation>Civility of the addressee (may be empty)</translation>
    </message>
    <message>
        <source>Name of the requester</source>
        <translation>Name of the requester</translation>
    </message>
    <message>
        <source>Address of the supervisory authority (APDP)</source>
        <translation>Address of the supervisory authority (APDP)</translation>
    </message>
    <message>
        <source>The processings concerned, each with what the right gives</source>
        <translation>The processings concerned, each with what the right gives</translation>
    </message>
    <message>
        <source>The template uses placeholders Habeas does not know: %1.</source>
        <translation>The template uses placeholders Habeas does not know: %1.</translation>
    </message>
    <message>
        <source>The template has braces that make no placeholder: %1.</source>
        <translation>The template has braces that make no placeholder: %1.</translation>
    </message>
    <message>
        <source>The letter cannot be printed: nothing to put in %1.</source>
        <translation>The letter cannot be printed: nothing to put in %1.</translation>
    </message>
    <message>
        <source>How the addressee is greeted: “Madame”, “Monsieur”, “Madame, Monsieur” or “Dear Ms …”</source>
        <translation>How the addressee is greeted: “Madame”, “Monsieur”, “Madame, Monsieur” or “Dear Ms …”</translation>
    </message>
    <message>
        <source>The rights exercised, in words (in French, written after &quot;du&quot;: &quot;droit d&apos;accès et du droit d&apos;opposition&quot;)</source>
        <translation>The rights exercised, in words (in French, written after &quot;du&quot;: &quot;droit d&apos;accès et du droit d&apos;opposition&quot;)</translation>
    </message>
</context>
<context>
    <name>LetterWording</name>
    <message>
        <source>compliance with a legal obligation</source>
        <translation>compliance with a legal obligation</translation>
    </message>
    <message>
        <source>a task carried out in the public interest</source>
        <translation>a task carried out in the public interest</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>your consent</translation>
    </message>
    <message>
        <source>a contract with you</source>
        <translation>a contract with you</translation>
    </message>
    <message>
        <source>the legitimate interest of the controller</source>
        <translation>the legitimate interest of the controller</translation>
    </message>
    <message>
        <source>the protection of someone&apos;s vital interests</source>
        <translation>the protection of someone&apos;s vital interests</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>retention not set</source>
        <translation>retention not set</translation>
    </message>
    <message>
        <source>None outside the department that runs the processing.</source>
        <translation>None outside the department that runs the processing.</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Data about you and how long it is kept</source>
        <translation>Data about you and how long it is kept</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Who receives it</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Where it comes from</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>No data about you is processed in: %1.</source>
        <translation>No data about you is processed in: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Our reference: %1</source>
        <translation>Our reference: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Ref. %1 — page %2 / %3</source>
        <translation>Ref. %1 — page %2 / %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>LetterheadService</name>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Signatory&apos;s name</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s address</source>
        <translation>Supervisory authority&apos;s address</translation>
    </message>
    <message>
        <source>%1: write it on one line.</source>
        <translation>%1: write it on one line.</translation>
    </message>
    <message>
        <source>%1: at most %2 lines.</source>
        <translation>%1: at most %2 lines.</translation>
    </message>
    <message>
        <source>%1: a line is longer than %2 characters.</source>
        <translation>%1: a line is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>The logo is not an image prepared by Habeas; choose the image again.</source>
        <translation>The logo is not an image prepared by Habeas; choose the image again.</translation>
    </message>
    <message>
        <source>The letterhead could not be saved.</source>
        <translation>The letterhead could not be saved.</translation>
    </message>
    <message>
        <source>The image is larger than 5 MB; choose a smaller file.</source>
        <translation>The image is larger than 5 MB; choose a smaller file.</translation>
    </message>
    <message>
        <source>This file is not an image Habeas can read (PNG, JPEG or SVG, for example).</source>
        <translation>This file is not an image Habeas can read (PNG, JPEG or SVG, for example).</translation>
    </message>
    <message>
        <source>The image has more than 50 megapixels; choose a smaller image.</source>
        <translation>The image has more than 50 megapixels; choose a smaller image.</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete and cannot be read.</source>
        <translation>The image is damaged or incomplete and cannot be read.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG.</source>
        <translation>The image could not be converted to PNG.</translation>
    </message>
    <message>
        <source>The image cannot be made small enough for the letterhead.</source>
        <translation>The image cannot be made small enough for the letterhead.</translation>
    </message>
</context>
<context>
    <name>LoginThrottle</name>
    <message>
        <source>Failed sign-in attempts cannot be recorded.</source>
        <translation>Failed sign-in attempts cannot be recorded.</translation>
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
        <source>The vault could not be upgraded to schema %1; it was left at schema %2.</source>
        <translation>The vault could not be upgraded to schema %1; it was left at schema %2.</translation>
    </message>
</context>
<context>
    <name>MonacoCalendar</name>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (observed)</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Saint Devota</source>
        <translation>Saint Devota</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>National Day (Fête du Prince)</source>
        <translation>National Day (Fête du Prince)</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immaculate Conception</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Corpus Christi</translation>
    </message>
    <message>
        <source>Public holiday (added)</source>
        <translation>Public holiday (added)</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message numerus="yes">
        <source>reply overdue since %1 (%n day(s))</source>
        <translation>
            <numerusform>reply overdue since %1 (%n day)</numerusform>
            <numerusform>reply overdue since %1 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>reply due today, %1</source>
        <translation>reply due today, %1</translation>
    </message>
    <message numerus="yes">
        <source>reply due %1 (%n working day(s) left)</source>
        <translation>
            <numerusform>reply due %1 (%n working day left)</numerusform>
            <numerusform>reply due %1 (%n working days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>reply due %1</source>
        <translation>reply due %1</translation>
    </message>
    <message>
        <source>Identity to check, then the request to examine; %1</source>
        <translation>Identity to check, then the request to examine; %1</translation>
    </message>
    <message numerus="yes">
        <source>Identity proof asked on %1: no reply after %n day(s); %2</source>
        <translation>
            <numerusform>Identity proof asked on %1: no reply after %n day; %2</numerusform>
            <numerusform>Identity proof asked on %1: no reply after %n days; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity proof awaited; %1</source>
        <translation>Identity proof awaited; %1</translation>
    </message>
    <message>
        <source>Processings to search and the reply to write; %1</source>
        <translation>Processings to search and the reply to write; %1</translation>
    </message>
    <message>
        <source>Reply sent on %1: close the request, which destroys the identity document</source>
        <translation>Reply sent on %1: close the request, which destroys the identity document</translation>
    </message>
    <message>
        <source>Reply sent: close the request, which destroys the identity document</source>
        <translation>Reply sent: close the request, which destroys the identity document</translation>
    </message>
    <message>
        <source>%1 on %2: nothing left to do</source>
        <translation>%1 on %2: nothing left to do</translation>
    </message>
    <message>
        <source>%1: nothing left to do</source>
        <translation>%1: nothing left to do</translation>
    </message>
    <message>
        <source>%1. Nobody is assigned.</source>
        <translation>%1. Nobody is assigned.</translation>
    </message>
    <message>
        <source>%1. Assigned to %2.</source>
        <translation>%1. Assigned to %2.</translation>
    </message>
    <message>
        <source>Identity verified: move the request on to its examination; %1</source>
        <translation>Identity verified: move the request on to its examination; %1</translation>
    </message>
    <message>
        <source>Copy of the identity document received: verify it; %1</source>
        <translation>Copy of the identity document received: verify it; %1</translation>
    </message>
    <message>
        <source>Identity proof asked today; %1</source>
        <translation>Identity proof asked today; %1</translation>
    </message>
</context>
<context>
    <name>NoticeWording</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>What the data is used for</source>
        <translation>What the data is used for</translation>
    </message>
    <message>
        <source>The purpose of this processing is: %1.</source>
        <translation>The purpose of this processing is: %1.</translation>
    </message>
    <message>
        <source>In practice, it serves for:</source>
        <translation>In practice, it serves for:</translation>
    </message>
    <message>
        <source>The people concerned are:</source>
        <translation>The people concerned are:</translation>
    </message>
    <message>
        <source>Why the department may process it</source>
        <translation>Why the department may process it</translation>
    </message>
    <message>
        <source>The processing rests on %1.</source>
        <translation>The processing rests on %1.</translation>
    </message>
    <message>
        <source>The register does not state its legal basis yet.</source>
        <translation>The register does not state its legal basis yet.</translation>
    </message>
    <message>
        <source>The texts it applies are:</source>
        <translation>The texts it applies are:</translation>
    </message>
    <message>
        <source>The data and how long it is kept</source>
        <translation>The data and how long it is kept</translation>
    </message>
    <message>
        <source>The register does not list its data yet.</source>
        <translation>The register does not list its data yet.</translation>
    </message>
    <message>
        <source>Category of data</source>
        <translation>Category of data</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Kept for</translation>
    </message>
    <message>
        <source>not stated in the register</source>
        <translation>not stated in the register</translation>
    </message>
    <message>
        <source>Where it comes from: %1.</source>
        <translation>Where it comes from: %1.</translation>
    </message>
    <message>
        <source>Giving this data is mandatory.</source>
        <translation>Giving this data is mandatory.</translation>
    </message>
    <message>
        <source>Giving this data is optional.</source>
        <translation>Giving this data is optional.</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Who receives it</translation>
    </message>
    <message>
        <source>Nobody outside the department that runs the processing.</source>
        <translation>Nobody outside the department that runs the processing.</translation>
    </message>
    <message>
        <source>The data is passed to no one else, except where a law requires it, and never for commercial or advertising use.</source>
        <translation>The data is passed to no one else, except where a law requires it, and never for commercial or advertising use.</translation>
    </message>
    <message>
        <source>Your rights and how to exercise them</source>
        <translation>Your rights and how to exercise them</translation>
    </message>
    <message>
        <source>Act no. 1.565 of 3 December 2024 on the protection of personal data lets you ask for access to the data about you, have it corrected or erased, have its use limited, and object to its processing when it rests on a public interest or a legitimate interest.</source>
        <translation>Act no. 1.565 of 3 December 2024 on the protection of personal data lets you ask for access to the data about you, have it corrected or erased, have its use limited, and object to its processing when it rests on a public interest or a legitimate interest.</translation>
    </message>
    <message>
        <source>by post, to: %1</source>
        <translation>by post, to: %1</translation>
    </message>
    <message>
        <source>with the online form: %1</source>
        <translation>with the online form: %1</translation>
    </message>
    <message>
        <source>Send your request:</source>
        <translation>Send your request:</translation>
    </message>
    <message>
        <source>You may be asked to prove your identity with a copy of an identity document bearing your photograph. The copy is destroyed once your request has been dealt with.</source>
        <translation>You may be asked to prove your identity with a copy of an identity document bearing your photograph. The copy is destroyed once your request has been dealt with.</translation>
    </message>
    <message>
        <source>You will receive an answer within one month of the day your request arrives.</source>
        <translation>You will receive an answer within one month of the day your request arrives.</translation>
    </message>
    <message>
        <source>If you consider that your rights have not been respected, you may refer the matter to the Personal Data Protection Authority (APDP).</source>
        <translation>If you consider that your rights have not been respected, you may refer the matter to the Personal Data Protection Authority (APDP).</translation>
    </message>
    <message>
        <source>If you consider that your rights have not been respected, you may refer the matter to the supervisory authority:</source>
        <translation>If you consider that your rights have not been respected, you may refer the matter to the supervisory authority:</translation>
    </message>
    <message>
        <source>Privacy notice — %1</source>
        <translation>Privacy notice — %1</translation>
    </message>
    <message>
        <source>%1, as data controller, describes here the personal data it processes: what for, on which legal grounds, which data and for how long, who receives it, and how you can exercise your rights.</source>
        <translation>%1, as data controller, describes here the personal data it processes: what for, on which legal grounds, which data and for how long, who receives it, and how you can exercise your rights.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>Notice drawn up on %1.</source>
        <translation>Notice drawn up on %1.</translation>
    </message>
    <message>
        <source>Privacy notice, page %1 / %2</source>
        <translation>Privacy notice, page %1 / %2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>very weak</source>
        <translation>very weak</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message numerus="yes">
        <source>It must have at least %n characters.</source>
        <translation>
            <numerusform>It must have at least %n character.</numerusform>
            <numerusform>It must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>It must not contain the login.</source>
        <translation>It must not contain the login.</translation>
    </message>
    <message>
        <source>It must not contain the person&apos;s name.</source>
        <translation>It must not contain the person&apos;s name.</translation>
    </message>
    <message>
        <source>It is too easy to guess.</source>
        <translation>It is too easy to guess.</translation>
    </message>
    <message>
        <source>It is built on common words or names.</source>
        <translation>It is built on common words or names.</translation>
    </message>
    <message>
        <source>It contains a sequence, a repetition or a keyboard pattern.</source>
        <translation>It contains a sequence, a repetition or a keyboard pattern.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>It contains a date or a year.</translation>
    </message>
    <message>
        <source>Add unrelated words or characters.</source>
        <translation>Add unrelated words or characters.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>This file is not a PDF, or the PDF is damaged or incomplete.</source>
        <translation>This file is not a PDF, or the PDF is damaged or incomplete.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>This PDF is protected by a password.</translation>
    </message>
    <message>
        <source>This PDF cannot be opened with that password.</source>
        <translation>This PDF cannot be opened with that password.</translation>
    </message>
    <message>
        <source>This PDF has no page, or it is damaged.</source>
        <translation>This PDF has no page, or it is damaged.</translation>
    </message>
    <message numerus="yes">
        <source>This PDF has %n page(s); there is no page %1.</source>
        <translation>
            <numerusform>This PDF has %n page; there is no page %1.</numerusform>
            <numerusform>This PDF has %n pages; there is no page %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of this PDF is damaged and cannot be read.</source>
        <translation>Page %1 of this PDF is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF has no size and cannot be drawn.</source>
        <translation>Page %1 of this PDF has no size and cannot be drawn.</translation>
    </message>
    <message>
        <source>A page is drawn at 10 to 1200 dots per inch, not %1.</source>
        <translation>A page is drawn at 10 to 1200 dots per inch, not %1.</translation>
    </message>
    <message>
        <source>This page is too large to be drawn at %1 dots per inch (more than 100 megapixels).</source>
        <translation>This page is too large to be drawn at %1 dots per inch (more than 100 megapixels).</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be drawn; the file may be damaged.</source>
        <translation>Page %1 of this PDF could not be drawn; the file may be damaged.</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PdfSheets</name>
    <message>
        <source>The printer could not be used.</source>
        <translation>The printer could not be used.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeService</name>
    <message>
        <source>A notice is written in French (fr) or English (en), not &apos;%1&apos;.</source>
        <translation>A notice is written in French (fr) or English (en), not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The register has no processing of the department &quot;%1&quot; to tell the public about (drafts and retired processings are left out).</source>
        <translation>The register has no processing of the department &quot;%1&quot; to tell the public about (drafts and retired processings are left out).</translation>
    </message>
    <message>
        <source>A notice is written as a web page (.html) or a PDF (.pdf); the file name says which.</source>
        <translation>A notice is written as a web page (.html) or a PDF (.pdf); the file name says which.</translation>
    </message>
    <message>
        <source>The notice could not be written to %1.</source>
        <translation>The notice could not be written to %1.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>The online form&apos;s address is longer than %1 characters.</source>
        <translation>The online form&apos;s address is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Write the online form&apos;s address on one line.</source>
        <translation>Write the online form&apos;s address on one line.</translation>
    </message>
    <message>
        <source>The online form&apos;s address must be a web address (https://…).</source>
        <translation>The online form&apos;s address must be a web address (https://…).</translation>
    </message>
    <message>
        <source>The notice&apos;s settings could not be saved.</source>
        <translation>The notice&apos;s settings could not be saved.</translation>
    </message>
</context>
<context>
    <name>ProcessingEditor</name>
    <message>
        <source>Entered in the register</source>
        <translation>Entered in the register</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Described</source>
        <translation>Described</translation>
    </message>
    <message>
        <source>Functionalities</source>
        <translation>Functionalities</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Legal texts</source>
        <translation>Legal texts</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>People concerned</translation>
    </message>
    <message>
        <source>Data and retention</source>
        <translation>Data and retention</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Information of the people concerned</source>
        <translation>Information of the people concerned</translation>
    </message>
    <message>
        <source>Exercise of rights</source>
        <translation>Exercise of rights</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>Whether the data must be given</source>
        <translation>Whether the data must be given</translation>
    </message>
    <message>
        <source>What follows when it is not given</source>
        <translation>What follows when it is not given</translation>
    </message>
</context>
<context>
    <name>ProcessingRepository</name>
    <message>
        <source>The register cannot be read or written.</source>
        <translation>The register cannot be read or written.</translation>
    </message>
    <message>
        <source>There is no such processing in the register.</source>
        <translation>There is no such processing in the register.</translation>
    </message>
    <message>
        <source>Unknown kind of access &quot;%1&quot;.</source>
        <translation>Unknown kind of access &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A processing cannot be linked to itself.</source>
        <translation>A processing cannot be linked to itself.</translation>
    </message>
</context>
<context>
    <name>ProcessingService</name>
    <message>
        <source>Give the processing its purpose (its name in the register).</source>
        <translation>Give the processing its purpose (its name in the register).</translation>
    </message>
    <message>
        <source>Every data category needs a name.</source>
        <translation>Every data category needs a name.</translation>
    </message>
    <message>
        <source>A retention period cannot be negative.</source>
        <translation>A retention period cannot be negative.</translation>
    </message>
    <message>
        <source>There is no such processing in the register.</source>
        <translation>There is no such processing in the register.</translation>
    </message>
    <message>
        <source>The register already has a processing named &quot;%1&quot;.</source>
        <translation>The register already has a processing named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The register cannot be saved.</source>
        <translation>The register cannot be saved.</translation>
    </message>
    <message>
        <source>Every link needs the name of the other processing.</source>
        <translation>Every link needs the name of the other processing.</translation>
    </message>
</context>
<context>
    <name>RegisterConsistency</name>
    <message>
        <source>The linked processing &quot;%1&quot; is not described in the register.</source>
        <translation>The linked processing &quot;%1&quot; is not described in the register.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is kept %n day(s) here, longer than in the linked processing &quot;%2&quot; (%3 days).</source>
        <translation>
            <numerusform>&quot;%1&quot; is kept %n day here, longer than in the linked processing &quot;%2&quot; (%3 days).</numerusform>
            <numerusform>&quot;%1&quot; is kept %n days here, longer than in the linked processing &quot;%2&quot; (%3 days).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has maintenance access, but no security measure is written.</source>
        <translation>&quot;%1&quot; has maintenance access, but no security measure is written.</translation>
    </message>
    <message>
        <source>The processing is in operation, but no deliberation of the authority is linked to it.</source>
        <translation>The processing is in operation, but no deliberation of the authority is linked to it.</translation>
    </message>
    <message>
        <source>The retention of &quot;%1&quot; is written in words, with no number of days to count with.</source>
        <translation>The retention of &quot;%1&quot; is written in words, with no number of days to count with.</translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <source>Not stated in the register.</source>
        <translation>Not stated in the register.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted to the authority</source>
        <translation>Submitted to the authority</translation>
    </message>
    <message>
        <source>Opinion received</source>
        <translation>Opinion received</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>In operation</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Task in the public interest</source>
        <translation>Task in the public interest</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Vital interest</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Interconnection</source>
        <translation>Interconnection</translation>
    </message>
    <message>
        <source>Category of data</source>
        <translation>Category of data</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Department (controller):</source>
        <translation>Department (controller):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Other processings name this one, but it is not described in the register yet.</source>
        <translation>Other processings name this one, but it is not described in the register yet.</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Functionalities:</source>
        <translation>Functionalities:</translation>
    </message>
    <message>
        <source>People concerned:</source>
        <translation>People concerned:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justification:</translation>
    </message>
    <message>
        <source>Legal texts cited:</source>
        <translation>Legal texts cited:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Source of the data:</source>
        <translation>Source of the data:</translation>
    </message>
    <message>
        <source>Giving the data:</source>
        <translation>Giving the data:</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>What follows when it is not given:</source>
        <translation>What follows when it is not given:</translation>
    </message>
    <message>
        <source>Information of the people concerned:</source>
        <translation>Information of the people concerned:</translation>
    </message>
    <message>
        <source>Exercise of their rights:</source>
        <translation>Exercise of their rights:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Transfers outside Monaco:</source>
        <translation>Transfers outside Monaco:</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>Links to other processings:</source>
        <translation>Links to other processings:</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Linked from:</translation>
    </message>
    <message>
        <source>Security measures:</source>
        <translation>Security measures:</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Retention:</translation>
    </message>
    <message>
        <source>I. Purpose and functionalities</source>
        <translation>I. Purpose and functionalities</translation>
    </message>
    <message>
        <source>II. Lawfulness: legal basis, justification and texts</source>
        <translation>II. Lawfulness: legal basis, justification and texts</translation>
    </message>
    <message>
        <source>III. Data processed, their retention and their source</source>
        <translation>III. Data processed, their retention and their source</translation>
    </message>
    <message>
        <source>IV. Information of the people concerned and exercise of their rights</source>
        <translation>IV. Information of the people concerned and exercise of their rights</translation>
    </message>
    <message>
        <source>V. Recipients, access and transfers</source>
        <translation>V. Recipients, access and transfers</translation>
    </message>
    <message>
        <source>VI. Interconnections and matchings</source>
        <translation>VI. Interconnections and matchings</translation>
    </message>
    <message>
        <source>VII. Security measures</source>
        <translation>VII. Security measures</translation>
    </message>
    <message>
        <source>VIII. Retention of the data</source>
        <translation>VIII. Retention of the data</translation>
    </message>
    <message>
        <source>Register of processings</source>
        <translation>Register of processings</translation>
    </message>
    <message>
        <source>Register of processings — extract: %1</source>
        <translation>Register of processings — extract: %1</translation>
    </message>
    <message>
        <source>Drawn up on %1.</source>
        <translation>Drawn up on %1.</translation>
    </message>
    <message>
        <source>Kept by %1; drawn up on %2.</source>
        <translation>Kept by %1; drawn up on %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing(s) described in the register.</source>
        <translation>
            <numerusform>%n processing described in the register.</numerusform>
            <numerusform>%n processings described in the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Register of processings, page %1 / %2</source>
        <translation>Register of processings, page %1 / %2</translation>
    </message>
</context>
<context>
    <name>RegisterExtractService</name>
    <message>
        <source>The register describes no processing yet.</source>
        <translation>The register describes no processing yet.</translation>
    </message>
    <message>
        <source>There is no such processing in the register.</source>
        <translation>There is no such processing in the register.</translation>
    </message>
    <message>
        <source>The extract of the register could not be exported.</source>
        <translation>The extract of the register could not be exported.</translation>
    </message>
</context>
<context>
    <name>RegisterGraphView</name>
    <message>
        <source>Not in the register</source>
        <translation>Not in the register</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Online form</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>surname, first name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>The rights cannot be read.</source>
        <translation>The rights cannot be read.</translation>
    </message>
    <message>
        <source>The next request number cannot be read.</source>
        <translation>The next request number cannot be read.</translation>
    </message>
    <message>
        <source>The request cannot be recorded.</source>
        <translation>The request cannot be recorded.</translation>
    </message>
    <message>
        <source>Unknown right &quot;%1&quot;.</source>
        <translation>Unknown right &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The request cannot be read.</source>
        <translation>The request cannot be read.</translation>
    </message>
    <message>
        <source>The request cannot be updated.</source>
        <translation>The request cannot be updated.</translation>
    </message>
    <message>
        <source>The request changed meanwhile; reload it and try again.</source>
        <translation>The request changed meanwhile; reload it and try again.</translation>
    </message>
    <message>
        <source>The deadline of this request was already extended.</source>
        <translation>The deadline of this request was already extended.</translation>
    </message>
    <message>
        <source>The request history cannot be read.</source>
        <translation>The request history cannot be read.</translation>
    </message>
    <message>
        <source>The requests cannot be listed.</source>
        <translation>The requests cannot be listed.</translation>
    </message>
    <message>
        <source>The requests cannot be counted.</source>
        <translation>The requests cannot be counted.</translation>
    </message>
    <message>
        <source>A processing concerned is not in the register.</source>
        <translation>A processing concerned is not in the register.</translation>
    </message>
    <message>
        <source>Someone changed this request after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Someone changed this request after you opened it. Reload it to see their changes, then make yours again.</translation>
    </message>
    <message>
        <source>The note cannot be recorded.</source>
        <translation>The note cannot be recorded.</translation>
    </message>
    <message>
        <source>The notes cannot be read.</source>
        <translation>The notes cannot be read.</translation>
    </message>
    <message>
        <source>The ended requests cannot be listed.</source>
        <translation>The ended requests cannot be listed.</translation>
    </message>
    <message>
        <source>The request cannot be anonymised.</source>
        <translation>The request cannot be anonymised.</translation>
    </message>
    <message>
        <source>Only an ended request that was not anonymised before can be anonymised.</source>
        <translation>Only an ended request that was not anonymised before can be anonymised.</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>Enter the requester&apos;s surname.</source>
        <translation>Enter the requester&apos;s surname.</translation>
    </message>
    <message>
        <source>Choose at least one right.</source>
        <translation>Choose at least one right.</translation>
    </message>
    <message>
        <source>The date of receipt must be a past or today&apos;s date.</source>
        <translation>The date of receipt must be a past or today&apos;s date.</translation>
    </message>
    <message>
        <source>Letters are written in French or English.</source>
        <translation>Letters are written in French or English.</translation>
    </message>
    <message>
        <source>Say what the agent&apos;s mandate covers.</source>
        <translation>Say what the agent&apos;s mandate covers.</translation>
    </message>
    <message>
        <source>The request cannot be recorded.</source>
        <translation>The request cannot be recorded.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>There is no such request.</translation>
    </message>
    <message>
        <source>The request cannot be updated.</source>
        <translation>The request cannot be updated.</translation>
    </message>
    <message>
        <source>An extension needs its reasons: they are given to the requester.</source>
        <translation>An extension needs its reasons: they are given to the requester.</translation>
    </message>
    <message>
        <source>This request has ended; its deadline cannot be extended.</source>
        <translation>This request has ended; its deadline cannot be extended.</translation>
    </message>
    <message>
        <source>The deadline of this request was already extended.</source>
        <translation>The deadline of this request was already extended.</translation>
    </message>
    <message>
        <source>The first deadline (%1) has passed: the extension had to be notified before it.</source>
        <translation>The first deadline (%1) has passed: the extension had to be notified before it.</translation>
    </message>
    <message>
        <source>This request has ended; its findings can no longer change.</source>
        <translation>This request has ended; its findings can no longer change.</translation>
    </message>
    <message>
        <source>This request is %1: it can no longer be edited.</source>
        <translation>This request is %1: it can no longer be edited.</translation>
    </message>
    <message>
        <source>Someone changed this request after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Someone changed this request after you opened it. Reload it to see their changes, then make yours again.</translation>
    </message>
    <message>
        <source>The date of receipt stays in %1, the year of the reference %2.</source>
        <translation>The date of receipt stays in %1, the year of the reference %2.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>The note cannot be recorded.</source>
        <translation>The note cannot be recorded.</translation>
    </message>
    <message>
        <source>Say how the requester was identified.</source>
        <translation>Say how the requester was identified.</translation>
    </message>
    <message>
        <source>Identified otherwise: %1</source>
        <translation>Identified otherwise: %1</translation>
    </message>
    <message>
        <source>Copy of the identity document captured at intake</source>
        <translation>Copy of the identity document captured at intake</translation>
    </message>
    <message>
        <source>The date of receipt can no longer be corrected: the deadline was extended from it.</source>
        <translation>The date of receipt can no longer be corrected: the deadline was extended from it.</translation>
    </message>
    <message>
        <source>A processing is listed twice among those concerned.</source>
        <translation>A processing is listed twice among those concerned.</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s postal address: the reply goes to the agent.</source>
        <translation>Enter the agent&apos;s postal address: the reply goes to the agent.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation>There is no account &quot;%1&quot; in this vault.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Change your password first.</source>
        <translation>Change your password first.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</source>
        <translation>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>The vault key could not be changed yet (%1); it will be changed at the next sign-in.</source>
        <translation>The vault key could not be changed yet (%1); it will be changed at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The setting could not be saved.</source>
        <translation>The setting could not be saved.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The lock delay must be between 0 and 240 minutes.</source>
        <translation>The lock delay must be between 0 and 240 minutes.</translation>
    </message>
    <message>
        <source>The minimum password length must be between 8 and 128.</source>
        <translation>The minimum password length must be between 8 and 128.</translation>
    </message>
    <message>
        <source>The renewal period must be between 0 and 3650 days.</source>
        <translation>The renewal period must be between 0 and 3650 days.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
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
        <source>The vault is not open for writing.</source>
        <translation>The vault is not open for writing.</translation>
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
    <message numerus="yes">
        <source>Too many failed attempts for this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts for this account. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts for this account. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account cannot be updated.</source>
        <translation>The account cannot be updated.</translation>
    </message>
    <message>
        <source>The password cannot be changed.</source>
        <translation>The password cannot be changed.</translation>
    </message>
    <message>
        <source>The journal could not be written back.</source>
        <translation>The journal could not be written back.</translation>
    </message>
    <message>
        <source>The journal could not be written back: the database is busy.</source>
        <translation>The journal could not be written back: the database is busy.</translation>
    </message>
    <message>
        <source>The vault key cannot be changed.</source>
        <translation>The vault key cannot be changed.</translation>
    </message>
    <message>
        <source>The vault key could not be changed.</source>
        <translation>The vault key could not be changed.</translation>
    </message>
    <message>
        <source>The vault already has a key for identity documents.</source>
        <translation>The vault already has a key for identity documents.</translation>
    </message>
    <message>
        <source>The key for identity documents cannot be created.</source>
        <translation>The key for identity documents cannot be created.</translation>
    </message>
    <message>
        <source>Your account does not hold the key for identity documents.</source>
        <translation>Your account does not hold the key for identity documents.</translation>
    </message>
    <message>
        <source>The key for identity documents cannot be given to the account.</source>
        <translation>The key for identity documents cannot be given to the account.</translation>
    </message>
    <message>
        <source>The key for identity documents cannot be replaced.</source>
        <translation>The key for identity documents cannot be replaced.</translation>
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
    <name>VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Only an administrator may restore a backup.</translation>
    </message>
    <message>
        <source>Change your password first.</source>
        <translation>Change your password first.</translation>
    </message>
    <message>
        <source>The replaced vault is kept at %1, but its identity documents could not be destroyed: %2</source>
        <translation>The replaced vault is kept at %1, but its identity documents could not be destroyed: %2</translation>
    </message>
    <message>
        <source>The backup is in place, but the restore could not be recorded in its audit log: %1</source>
        <translation>The backup is in place, but the restore could not be recorded in its audit log: %1</translation>
    </message>
    <message>
        <source>The identity documents of the replaced vault cannot be destroyed.</source>
        <translation>The identity documents of the replaced vault cannot be destroyed.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Enter the administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>Only an administrator of the replaced vault may clean it.</source>
        <translation>Only an administrator of the replaced vault may clean it.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation>There is no account &quot;%1&quot; in this vault.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>The account &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <source>Your role does not allow checking the vault.</source>
        <translation>Your role does not allow checking the vault.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>This request is already %1; it cannot change state any more.</source>
        <translation>This request is already %1; it cannot change state any more.</translation>
    </message>
    <message>
        <source>A request in the state &quot;%1&quot; cannot go to &quot;%2&quot;. Possible next states: %3.</source>
        <translation>A request in the state &quot;%1&quot; cannot go to &quot;%2&quot;. Possible next states: %3.</translation>
    </message>
    <message>
        <source>A refusal needs its reason: it is printed in the letter.</source>
        <translation>A refusal needs its reason: it is printed in the letter.</translation>
    </message>
</context>
<context>
    <name>habeas::AboutDialog</name>
    <message>
        <source>About Habeas</source>
        <translation>About Habeas</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Case desk for a data-protection office: the register of processings, the authority&apos;s deliberations and their conditions, and requests from people exercising their rights.</source>
        <translation>Case desk for a data-protection office: the register of processings, the authority&apos;s deliberations and their conditions, and requests from people exercising their rights.</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Libraries in use</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>habeas::AccountsModel</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>habeas::AccountsPage</name>
    <message>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;Each person has an individual account. Disabled accounts cannot open the vault.</source>
        <translation>&lt;h2&gt;Accounts&lt;/h2&gt;Each person has an individual account. Disabled accounts cannot open the vault.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Account %1 created. The person must change the temporary password at first sign-in.</source>
        <translation>Account %1 created. The person must change the temporary password at first sign-in.</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>Disable an account</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they must change it at next sign-in.</source>
        <translation>The password of %1 was reset; they must change it at next sign-in.</translation>
    </message>
    <message>
        <source>Account %1 enabled; they must change the temporary password at next sign-in.</source>
        <translation>Account %1 enabled; they must change the temporary password at next sign-in.</translation>
    </message>
    <message>
        <source>Disable the account %1? That person will no longer be able to open the vault: their password is removed from the key file and the vault key is changed, so that no older copy of the key file opens it either. Changing the key takes about as long as a backup.</source>
        <translation>Disable the account %1? That person will no longer be able to open the vault: their password is removed from the key file and the vault key is changed, so that no older copy of the key file opens it either. Changing the key takes about as long as a backup.</translation>
    </message>
    <message>
        <source>Disabling %1 and changing the vault key…</source>
        <translation>Disabling %1 and changing the vault key…</translation>
    </message>
    <message>
        <source>Account %1 disabled; the vault key is changed.</source>
        <translation>Account %1 disabled; the vault key is changed.</translation>
    </message>
</context>
<context>
    <name>habeas::AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>The administrator manages accounts, settings and backups. Choose a long password: it protects every record in the vault.</source>
        <translation>The administrator manages accounts, settings and backups. Choose a long password: it protects every record in the vault.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>habeas::AgentForm</name>
    <message>
        <source>Agent&apos;s name</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>Agent&apos;s na&amp;me:</source>
        <translation>Agent&apos;s na&amp;me:</translation>
    </message>
    <message>
        <source>Object of the mandate</source>
        <translation>Object of the mandate</translation>
    </message>
    <message>
        <source>&amp;Object of the mandate:</source>
        <translation>&amp;Object of the mandate:</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <source>End of the mandate</source>
        <translation>End of the mandate</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>The agent may receive the re&amp;ply</source>
        <translation>The agent may receive the re&amp;ply</translation>
    </message>
    <message>
        <source>[x] %1</source>
        <translation>[x] %1</translation>
    </message>
    <message>
        <source>[ ] %1</source>
        <translation>[ ] %1</translation>
    </message>
    <message>
        <source>No agent: the requester acts in person.</source>
        <translation>No agent: the requester acts in person.</translation>
    </message>
    <message>
        <source>identity of the person represented</source>
        <translation>identity of the person represented</translation>
    </message>
    <message>
        <source>identity of the agent</source>
        <translation>identity of the agent</translation>
    </message>
    <message>
        <source>object of the mandate</source>
        <translation>object of the mandate</translation>
    </message>
    <message>
        <source>duration of the mandate</source>
        <translation>duration of the mandate</translation>
    </message>
    <message>
        <source>[x] the agent may receive the reply</source>
        <translation>[x] the agent may receive the reply</translation>
    </message>
    <message>
        <source>[x] the reply goes to the requester, not to the agent</source>
        <translation>[x] the reply goes to the requester, not to the agent</translation>
    </message>
    <message>
        <source>Agent&apos;s postal address</source>
        <translation>Agent&apos;s postal address</translation>
    </message>
    <message>
        <source>Agent&apos;s a&amp;ddress:</source>
        <translation>Agent&apos;s a&amp;ddress:</translation>
    </message>
</context>
<context>
    <name>habeas::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>habeas::AuditLogPage</name>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;Every sign-in, change, view of personal data, export, backup and destruction, newest first. Entries are chained: any later change shows.</source>
        <translation>&lt;h2&gt;Audit log&lt;/h2&gt;Every sign-in, change, view of personal data, export, backup and destruction, newest first. Entries are chained: any later change shows.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>&amp;Export the head…</source>
        <translation>&amp;Export the head…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is whole: %n entries verified.</source>
        <translation>
            <numerusform>The chain is whole: %n entry verified.</numerusform>
            <numerusform>The chain is whole: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: entry %1, %2</source>
        <translation>Head: entry %1, %2</translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry %1: the log was altered. Keep this vault as it is and alert the DPO.</source>
        <translation>The chain is BROKEN at entry %1: the log was altered. Keep this vault as it is and alert the DPO.</translation>
    </message>
    <message>
        <source>Export the audit log head</source>
        <translation>Export the audit log head</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Head exported: entry %1. Vault creator&apos;s key: %2.</source>
        <translation>Head exported: entry %1. Vault creator&apos;s key: %2.</translation>
    </message>
</context>
<context>
    <name>habeas::ChangePasswordDialog</name>
    <message>
        <source>Change your password — Habeas</source>
        <translation>Change your password — Habeas</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Change password</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>habeas::ConditionsBoardPage</name>
    <message>
        <source>&lt;h2&gt;Conditions to follow&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conditions to follow&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The conditions of the authority&apos;s deliberations still open or in progress. Enter or a double click opens the deliberation at that condition.</source>
        <translation>The conditions of the authority&apos;s deliberations still open or in progress. Enter or a double click opens the deliberation at that condition.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Conditions to follow</source>
        <translation>Conditions to follow</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>No condition to follow here.</source>
        <translation>No condition to follow here.</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) to follow</source>
        <translation>
            <numerusform>%n condition to follow</numerusform>
            <numerusform>%n conditions to follow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Not measured</translation>
    </message>
</context>
<context>
    <name>habeas::ConditionsModel</name>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — overdue by %n day</numerusform>
            <numerusform>%1 — overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — due today</source>
        <translation>%1 — due today</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — %n day left</numerusform>
            <numerusform>%1 — %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
</context>
<context>
    <name>habeas::CreateVaultWizard</name>
    <message>
        <source>Create a vault — Habeas</source>
        <translation>Create a vault — Habeas</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Create the vault</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
</context>
<context>
    <name>habeas::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Overdue requests</source>
        <translation>Overdue requests</translation>
    </message>
    <message>
        <source>Requests due within five working days</source>
        <translation>Requests due within five working days</translation>
    </message>
    <message>
        <source>Requests waiting for identity proof</source>
        <translation>Requests waiting for identity proof</translation>
    </message>
    <message>
        <source>Requests with an extended deadline</source>
        <translation>Requests with an extended deadline</translation>
    </message>
    <message>
        <source>Requests received by month</source>
        <translation>Requests received by month</translation>
    </message>
    <message numerus="yes">
        <source>due %1, overdue by %n day(s)</source>
        <translation>
            <numerusform>due %1, overdue by %n day</numerusform>
            <numerusform>due %1, overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>%1 — %2 %3 — %4</source>
        <translation>%1 — %2 %3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the request list</source>
        <translation>
            <numerusform>… and %n more in the request list</numerusform>
            <numerusform>… and %n more in the request list</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n</source>
        <translation>
            <numerusform>Overdue: %n</numerusform>
            <numerusform>Overdue: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within five working days: %n</source>
        <translation>
            <numerusform>Due within five working days: %n</numerusform>
            <numerusform>Due within five working days: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for identity proof: %n</source>
        <translation>
            <numerusform>Waiting for identity proof: %n</numerusform>
            <numerusform>Waiting for identity proof: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline extended: %n</source>
        <translation>
            <numerusform>Deadline extended: %n</numerusform>
            <numerusform>Deadline extended: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Requests received</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Requests received in %1, by month</source>
        <translation>Requests received in %1, by month</translation>
    </message>
    <message>
        <source>No request received in %1 yet.</source>
        <translation>No request received in %1 yet.</translation>
    </message>
    <message>
        <source>Received in %1: %2.</source>
        <translation>Received in %1: %2.</translation>
    </message>
    <message>
        <source>Requests received in %1 (%2), by right:</source>
        <translation>Requests received in %1 (%2), by right:</translation>
    </message>
    <message>
        <source>No reply sent in %1 yet.</source>
        <translation>No reply sent in %1 yet.</translation>
    </message>
    <message>
        <source>Replies on time in %1: %2 of %3 (%4 %)</source>
        <translation>Replies on time in %1: %2 of %3 (%4 %)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>habeas::DeliberationImportDialog</name>
    <message>
        <source>Kind of condition</source>
        <translation>Kind of condition</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Import a deliberation</source>
        <translation>Import a deliberation</translation>
    </message>
    <message>
        <source>Import a deliberation from %1</source>
        <translation>Import a deliberation from %1</translation>
    </message>
    <message>
        <source>Everything expected in a deliberation was found in this text. Check each field before importing.</source>
        <translation>Everything expected in a deliberation was found in this text. Check each field before importing.</translation>
    </message>
    <message>
        <source>Not found in the text: %1. Everything found is shown; fill in what is needed, nothing else is guessed.</source>
        <translation>Not found in the text: %1. Everything found is shown; fill in what is needed, nothing else is guessed.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Open it</translation>
    </message>
    <message>
        <source>Import as a new &amp;version</source>
        <translation>Import as a new &amp;version</translation>
    </message>
    <message>
        <source>Replaces the recorded text, keeps its conditions and their follow-up, adds the conditions that are new and keeps the text replaced.</source>
        <translation>Replaces the recorded text, keeps its conditions and their follow-up, adds the conditions that are new and keeps the text replaced.</translation>
    </message>
    <message>
        <source>Text as read</source>
        <translation>Text as read</translation>
    </message>
    <message>
        <source>Te&amp;xt as read:</source>
        <translation>Te&amp;xt as read:</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Section headings</source>
        <translation>Section headings</translation>
    </message>
    <message>
        <source>Closing decision</source>
        <translation>Closing decision</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presented by</translation>
    </message>
    <message>
        <source>&amp;Presented by:</source>
        <translation>&amp;Presented by:</translation>
    </message>
    <message>
        <source>Operating department</source>
        <translation>Operating department</translation>
    </message>
    <message>
        <source>Used to suggest the processing to link; not recorded with the deliberation.</source>
        <translation>Used to suggest the processing to link; not recorded with the deliberation.</translation>
    </message>
    <message>
        <source>Operating d&amp;epartment:</source>
        <translation>Operating d&amp;epartment:</translation>
    </message>
    <message>
        <source>Journal de Monaco number</source>
        <translation>Journal de Monaco number</translation>
    </message>
    <message>
        <source>&amp;Journal no.:</source>
        <translation>&amp;Journal no.:</translation>
    </message>
    <message>
        <source>Journal de Monaco date</source>
        <translation>Journal de Monaco date</translation>
    </message>
    <message>
        <source>Journal&apos;s p&amp;ublication:</source>
        <translation>Journal&apos;s p&amp;ublication:</translation>
    </message>
    <message>
        <source>Processing to link</source>
        <translation>Processing to link</translation>
    </message>
    <message>
        <source>P&amp;rocessing to link:</source>
        <translation>P&amp;rocessing to link:</translation>
    </message>
    <message>
        <source>Deliberations cited</source>
        <translation>Deliberations cited</translation>
    </message>
    <message>
        <source>&amp;Cited:</source>
        <translation>&amp;Cited:</translation>
    </message>
    <message>
        <source>Sections found</source>
        <translation>Sections found</translation>
    </message>
    <message>
        <source>Sections &amp;found:</source>
        <translation>Sections &amp;found:</translation>
    </message>
    <message>
        <source>Conditions to import</source>
        <translation>Conditions to import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>In the vault</translation>
    </message>
    <message>
        <source>Conditions to i&amp;mport (space ticks, F2 edits):</source>
        <translation>Conditions to i&amp;mport (space ticks, F2 edits):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Not found in the text: choose it.</source>
        <translation>Not found in the text: choose it.</translation>
    </message>
    <message>
        <source>The text names no authority: chosen by date, not found in the text.</source>
        <translation>The text names no authority: chosen by date, not found in the text.</translation>
    </message>
    <message>
        <source>The text names no authority and gives no date: choose it.</source>
        <translation>The text names no authority and gives no date: choose it.</translation>
    </message>
    <message>
        <source>No section found</source>
        <translation>No section found</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <comment>a deliberation cited that the vault holds</comment>
        <translation>%1 (recorded)</translation>
    </message>
    <message>
        <source>None cited</source>
        <translation>None cited</translation>
    </message>
    <message>
        <source>Import this condition</source>
        <translation>Import this condition</translation>
    </message>
    <message>
        <source>No condition was found in the text.</source>
        <translation>No condition was found in the text.</translation>
    </message>
    <message>
        <source>no department given</source>
        <translation>no department given</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>processing, its department, why it is suggested</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Add to the register as «%1»</source>
        <translation>Add to the register as «%1»</translation>
    </message>
    <message>
        <source>Recorded in the register as a processing only referenced, to describe later.</source>
        <translation>Recorded in the register as a processing only referenced, to describe later.</translation>
    </message>
    <message>
        <source>No processing</source>
        <translation>No processing</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>A new version keeps the link as it is: no processing.</source>
        <translation>A new version keeps the link as it is: no processing.</translation>
    </message>
    <message>
        <source>A new version keeps the link as it is: %1.</source>
        <translation>A new version keeps the link as it is: %1.</translation>
    </message>
    <message>
        <source>Recorded: its follow-up is kept</source>
        <translation>Recorded: its follow-up is kept</translation>
    </message>
    <message>
        <source>New: added, open</source>
        <translation>New: added, open</translation>
    </message>
    <message>
        <source>A deliberation number looks like 2023-133.</source>
        <translation>A deliberation number looks like 2023-133.</translation>
    </message>
    <message>
        <source>The date of the deliberation is required.</source>
        <translation>The date of the deliberation is required.</translation>
    </message>
    <message>
        <source>The title is required: the purpose of the processing, as the text quotes it.</source>
        <translation>The title is required: the purpose of the processing, as the text quotes it.</translation>
    </message>
    <message>
        <source>Condition %1 has no text: write it, or untick it.</source>
        <translation>Condition %1 has no text: write it, or untick it.</translation>
    </message>
    <message>
        <source>Not found in the text: %1. Import it as the fields now say?</source>
        <translation>Not found in the text: %1. Import it as the fields now say?</translation>
    </message>
    <message>
        <source>Open the recorded deliberation and drop this import? Nothing of it has been saved.</source>
        <translation>Open the recorded deliberation and drop this import? Nothing of it has been saved.</translation>
    </message>
    <message>
        <source>Drop this import? What you changed is lost; nothing has been saved.</source>
        <translation>Drop this import? What you changed is lost; nothing has been saved.</translation>
    </message>
    <message numerus="yes">
        <source>Deliberation no. %1 of %2 is already recorded (%n condition(s) followed). Open it, or import this text as its new version: its conditions and their follow-up are kept, the new ones added.</source>
        <translation>
            <numerusform>Deliberation no. %1 of %2 is already recorded (%n condition followed). Open it, or import this text as its new version: its conditions and their follow-up are kept, the new ones added.</numerusform>
            <numerusform>Deliberation no. %1 of %2 is already recorded (%n conditions followed). Open it, or import this text as its new version: its conditions and their follow-up are kept, the new ones added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::DeliberationView</name>
    <message>
        <source>Processing concerned</source>
        <translation>Processing concerned</translation>
    </message>
    <message>
        <source>Processing of the &amp;register:</source>
        <translation>Processing of the &amp;register:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Text of the deliberation</source>
        <translation>Text of the deliberation</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>C&amp;onditions:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Who sees to it</source>
        <translation>Who sees to it</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Due on</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>How the condition was met: a document, a decision, a date</source>
        <translation>How the condition was met: a document, a decision, a date</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Note for the history</source>
        <translation>Note for the history</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Sa&amp;ve the follow-up</source>
        <translation>Sa&amp;ve the follow-up</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>History of the condition</source>
        <translation>History of the condition</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Choose a deliberation in the list to read it and follow its conditions.</source>
        <translation>Choose a deliberation in the list to read it and follow its conditions.</translation>
    </message>
    <message>
        <source>Deliberation no. %1 of %2</source>
        <translation>Deliberation no. %1 of %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Presented by: %1.</source>
        <translation>Presented by: %1.</translation>
    </message>
    <message>
        <source>Journal de Monaco no. %1 of %2.</source>
        <translation>Journal de Monaco no. %1 of %2.</translation>
    </message>
    <message>
        <source>Journal de Monaco no. %1.</source>
        <translation>Journal de Monaco no. %1.</translation>
    </message>
    <message>
        <source>Linked to no processing of the register.</source>
        <translation>Linked to no processing of the register.</translation>
    </message>
    <message>
        <source>Processing: %1.</source>
        <translation>Processing: %1.</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Full text</translation>
    </message>
    <message>
        <source>Deliberations cited</source>
        <translation>Deliberations cited</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Deliberation</translation>
    </message>
    <message>
        <source>The status of this condition has not changed since it was recorded.</source>
        <translation>The status of this condition has not changed since it was recorded.</translation>
    </message>
    <message>
        <source>Changes of status of this condition, the latest first.</source>
        <translation>Changes of status of this condition, the latest first.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>The follow-up of this condition is not saved. Save it now?</source>
        <translation>The follow-up of this condition is not saved. Save it now?</translation>
    </message>
    <message>
        <source>Say how the condition was met before marking it met: the evidence is required.</source>
        <translation>Say how the condition was met before marking it met: the evidence is required.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>Measured &amp;by:</source>
        <translation>Measured &amp;by:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>%1, unchanged</source>
        <translation>%1, unchanged</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Not measured</translation>
    </message>
    <message>
        <source>Its wording suggests: %1. Choose it above to measure the condition.</source>
        <translation>Its wording suggests: %1. Choose it above to measure the condition.</translation>
    </message>
    <message>
        <source>Habeas measures this condition only when an indicator is chosen for it.</source>
        <translation>Habeas measures this condition only when an indicator is chosen for it.</translation>
    </message>
    <message>
        <source>Late access requests</source>
        <translation>Late access requests</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Days
late</source>
        <translation>Days
late</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Exports not known to be encrypted</source>
        <translation>Exports not known to be encrypted</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Extract of the processing&apos;s entry</source>
        <translation>Extract of the processing&apos;s entry</translation>
    </message>
    <message>
        <source>Extract of the whole register</source>
        <translation>Extract of the whole register</translation>
    </message>
    <message>
        <source>Letter for request %1</source>
        <translation>Letter for request %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Deliberation no. %1 (version %3) of %2</source>
        <translation>Deliberation no. %1 (version %3) of %2</translation>
    </message>
    <message>
        <source>Earlier text, version %1 (replaced on %2 by %3)</source>
        <translation>Earlier text, version %1 (replaced on %2 by %3)</translation>
    </message>
    <message>
        <source>Journal de Monaco no. %1 of %2</source>
        <translation>Journal de Monaco no. %1 of %2</translation>
    </message>
</context>
<context>
    <name>habeas::DeliberationsModel</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Open / all conditions</source>
        <translation>Open / all conditions</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <comment>deliberation number, version of its text</comment>
        <translation>%1 (version %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) still to follow, of %1</source>
        <translation>
            <numerusform>%n condition still to follow, of %1</numerusform>
            <numerusform>%n conditions still to follow, of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::DeliberationsPage</name>
    <message>
        <source>&lt;h2&gt;Deliberations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Deliberations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Deliberations</source>
        <translation>Deliberations</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import a deliberation</source>
        <translation>Import a deliberation</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>From a &amp;file…</translation>
    </message>
    <message>
        <source>From the &amp;clipboard</source>
        <translation>From the &amp;clipboard</translation>
    </message>
    <message>
        <source>Texts of the Journal de Monaco (*.txt);;All files (*)</source>
        <translation>Texts of the Journal de Monaco (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the deliberation&apos;s text from the Journal de Monaco&apos;s page first.</source>
        <translation>The clipboard holds no text. Copy the deliberation&apos;s text from the Journal de Monaco&apos;s page first.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>the clipboard</translation>
    </message>
    <message>
        <source>the text dropped</source>
        <translation>the text dropped</translation>
    </message>
</context>
<context>
    <name>habeas::FindingsPanel</name>
    <message>
        <source>The processings of the register where the requester&apos;s data may be, and what was found in each. Saved with the request.</source>
        <translation>The processings of the register where the requester&apos;s data may be, and what was found in each. Saved with the request.</translation>
    </message>
    <message>
        <source>Processings concerned</source>
        <translation>Processings concerned</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Data held</source>
        <translation>Data held</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Add from the &amp;register:</source>
        <translation>Add from the &amp;register:</translation>
    </message>
    <message>
        <source>Processing of the register to add</source>
        <translation>Processing of the register to add</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove the processing</source>
        <translation>Remove the processing</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Data held in %1</source>
        <translation>Data held in %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What was done: data sent, rectified, erased, limited…</source>
        <translation>What was done: data sent, rectified, erased, limited…</translation>
    </message>
</context>
<context>
    <name>habeas::GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Reference, requester&apos;s surname or processing</source>
        <translation>Reference, requester&apos;s surname or processing</translation>
    </message>
    <message>
        <source>Reference or requester&apos;s surname</source>
        <translation>Reference or requester&apos;s surname</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Type a reference, the start of a requester&apos;s surname or part of a processing&apos;s name. Accents and capitals do not matter.</source>
        <translation>Type a reference, the start of a requester&apos;s surname or part of a processing&apos;s name. Accents and capitals do not matter.</translation>
    </message>
    <message>
        <source>Type a reference or the start of a requester&apos;s surname. Accents and capitals do not matter.</source>
        <translation>Type a reference or the start of a requester&apos;s surname. Accents and capitals do not matter.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Nothing matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Down and Up go through the results, Enter opens the one selected, Escape closes.</source>
        <translation>Down and Up go through the results, Enter opens the one selected, Escape closes.</translation>
    </message>
</context>
<context>
    <name>habeas::GlobalSearchModel</name>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Processings</source>
        <translation>Processings</translation>
    </message>
    <message numerus="yes">
        <source>%n more request(s): show them all in the list of requests</source>
        <translation>
            <numerusform>%n more request: show them all in the list of requests</numerusform>
            <numerusform>%n more requests: show them all in the list of requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more processing(s): type more of the name</source>
        <translation>
            <numerusform>%n more processing: type more of the name</numerusform>
            <numerusform>%n more processings: type more of the name</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>processing&apos;s name, its reference</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, only named by other processings so far</source>
        <translation>%1, only named by other processings so far</translation>
    </message>
</context>
<context>
    <name>habeas::IdentityImageView</name>
    <message>
        <source>Copy of the identity document</source>
        <translation>Copy of the identity document</translation>
    </message>
</context>
<context>
    <name>habeas::IdentityPanel</name>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Capture a copy</source>
        <translation>Capture a copy</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Kind of document:</translation>
    </message>
    <message>
        <source>Paste an image or a scanned file copied to the clipboard (Ctrl+V)</source>
        <translation>Paste an image or a scanned file copied to the clipboard (Ctrl+V)</translation>
    </message>
    <message>
        <source>Or drop the scan on this tab. Scan straight into a folder of your own on this computer, never a shared one: the file stays in clear until it is deleted.</source>
        <translation>Or drop the scan on this tab. Scan straight into a folder of your own on this computer, never a shared one: the file stays in clear until it is deleted.</translation>
    </message>
    <message>
        <source>&amp;Delete the scanned file once the copy is saved</source>
        <translation>&amp;Delete the scanned file once the copy is saved</translation>
    </message>
    <message>
        <source>Scan of the identity document</source>
        <translation>Scan of the identity document</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>The copy</translation>
    </message>
    <message>
        <source>Each showing is recorded in the audit log.</source>
        <translation>Each showing is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
        <translation>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Record of destruction</source>
        <translation>Record of destruction</translation>
    </message>
    <message>
        <source>No request open.</source>
        <translation>No request open.</translation>
    </message>
    <message>
        <source>A copy (%1) was captured by %2 on %3.</source>
        <translation>A copy (%1) was captured by %2 on %3.</translation>
    </message>
    <message>
        <source>Verified by %1 on %2.</source>
        <translation>Verified by %1 on %2.</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Not verified yet.</translation>
    </message>
    <message>
        <source>It is destroyed when the request ends.</source>
        <translation>It is destroyed when the request ends.</translation>
    </message>
    <message>
        <source>The request has ended: its copy of the identity document was destroyed.</source>
        <translation>The request has ended: its copy of the identity document was destroyed.</translation>
    </message>
    <message>
        <source>The request has ended; no copy of an identity document was kept for it.</source>
        <translation>The request has ended; no copy of an identity document was kept for it.</translation>
    </message>
    <message>
        <source>No copy of an identity document is kept for this request.</source>
        <translation>No copy of an identity document is kept for this request.</translation>
    </message>
    <message>
        <source>Replace the copy</source>
        <translation>Replace the copy</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <source>Verified by %1 on %2</source>
        <translation>Verified by %1 on %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Never verified</translation>
    </message>
    <message>
        <source>Destroyed on %1</source>
        <translation>Destroyed on %1</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>The scan %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy the scan (or its file) first, then paste it here.</source>
        <translation>The clipboard holds no image. Copy the scan (or its file) first, then paste it here.</translation>
    </message>
    <message>
        <source>This request already holds a copy. Replace it? The present copy is destroyed.</source>
        <translation>This request already holds a copy. Replace it? The present copy is destroyed.</translation>
    </message>
    <message>
        <source>A file system, and above all an SSD, may keep the deleted file&apos;s blocks for a while: scan into a folder of your own on this computer, never a shared one.</source>
        <translation>A file system, and above all an SSD, may keep the deleted file&apos;s blocks for a while: scan into a folder of your own on this computer, never a shared one.</translation>
    </message>
    <message>
        <source>The copy is saved in the vault, but the scan is still in clear at %1. Delete it yourself once you no longer need it.</source>
        <translation>The copy is saved in the vault, but the scan is still in clear at %1. Delete it yourself once you no longer need it.</translation>
    </message>
    <message>
        <source>The copy is saved in the vault, but the scan at %1 could not be deleted: delete it yourself.</source>
        <translation>The copy is saved in the vault, but the scan at %1 could not be deleted: delete it yourself.</translation>
    </message>
    <message>
        <source>The copy is saved in the vault and the scan at %1 was deleted.</source>
        <translation>The copy is saved in the vault and the scan at %1 was deleted.</translation>
    </message>
    <message>
        <source>The stored copy cannot be read: it is damaged.</source>
        <translation>The stored copy cannot be read: it is damaged.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>From a file…</translation>
    </message>
    <message>
        <source>Paste the scan</source>
        <translation>Paste the scan</translation>
    </message>
    <message>
        <source>Show &amp;the copy</source>
        <translation>Show &amp;the copy</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>The holder&apos;s photograph is on it</source>
        <translation>The holder&apos;s photograph is on it</translation>
    </message>
    <message>
        <source>The name is the requester&apos;s</source>
        <translation>The name is the requester&apos;s</translation>
    </message>
    <message>
        <source>The date of birth matches</source>
        <translation>The date of birth matches</translation>
    </message>
    <message>
        <source>The date of birth is not known to the office</source>
        <translation>The date of birth is not known to the office</translation>
    </message>
    <message>
        <source>The document is still valid</source>
        <translation>The document is still valid</translation>
    </message>
    <message>
        <source>Mark as v&amp;erified</source>
        <translation>Mark as v&amp;erified</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
</context>
<context>
    <name>habeas::InspectionFileDialog</name>
    <message>
        <source>Inspection file for the authority</source>
        <translation>Inspection file for the authority</translation>
    </message>
    <message>
        <source>One PDF, encrypted with a password, for the supervisory authority: the register&apos;s entries, the deliberations and their conditions, the figures of the rights requests, the identity documents destroyed and the head of the audit log, verified now. It names no requester.</source>
        <translation>One PDF, encrypted with a password, for the supervisory authority: the register&apos;s entries, the deliberations and their conditions, the figures of the rights requests, the identity documents destroyed and the head of the audit log, verified now. It names no requester.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The processing chosen (none is chosen)</source>
        <translation>The processing chosen (none is chosen)</translation>
    </message>
    <message>
        <source>The processing chosen: %1</source>
        <translation>The processing chosen: %1</translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>The whole register</translation>
    </message>
    <message>
        <source>Requests and destroyed documents counted</source>
        <translation>Requests and destroyed documents counted</translation>
    </message>
    <message>
        <source>%1 and %2 so far</source>
        <translation>%1 and %2 so far</translation>
    </message>
    <message>
        <source>Every request since the first</source>
        <translation>Every request since the first</translation>
    </message>
    <message>
        <source>&amp;Choose a password…</source>
        <translation>&amp;Choose a password…</translation>
    </message>
</context>
<context>
    <name>habeas::LetterPreviewDialog</name>
    <message>
        <source>&amp;Whole page</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <source>The whole page in the window</source>
        <translation>The whole page in the window</translation>
    </message>
    <message>
        <source>Full wi&amp;dth</source>
        <translation>Full wi&amp;dth</translation>
    </message>
    <message>
        <source>The page as wide as the window</source>
        <translation>The page as wide as the window</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>&amp;All pages</source>
        <translation>&amp;All pages</translation>
    </message>
    <message>
        <source>Every page side by side</source>
        <translation>Every page side by side</translation>
    </message>
    <message>
        <source>&amp;One page</source>
        <translation>&amp;One page</translation>
    </message>
    <message>
        <source>One page at a time</source>
        <translation>One page at a time</translation>
    </message>
    <message>
        <source>The letter&apos;s pages</source>
        <translation>The letter&apos;s pages</translation>
    </message>
    <message>
        <source>&amp;Issue the letter</source>
        <translation>&amp;Issue the letter</translation>
    </message>
    <message>
        <source>Archive the letter with the request, exactly as shown, and then print or export it</source>
        <translation>Archive the letter with the request, exactly as shown, and then print or export it</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xport as PDF…</translation>
    </message>
    <message>
        <source>A PDF that opens only with a password you choose</source>
        <translation>A PDF that opens only with a password you choose</translation>
    </message>
    <message>
        <source>%1 — %2 — to issue</source>
        <translation>%1 — %2 — to issue</translation>
    </message>
    <message>
        <source>Habeas&apos;s own text</source>
        <translation>Habeas&apos;s own text</translation>
    </message>
    <message>
        <source>the office&apos;s text</source>
        <translation>the office&apos;s text</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>requester</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Issued on %1 by %2 (template version %3, %n page(s)). This is the archived letter.</source>
        <translation>
            <numerusform>Issued on %1 by %2 (template version %3, %n page). This is the archived letter.</numerusform>
            <numerusform>Issued on %1 by %2 (template version %3, %n pages). This is the archived letter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>This is the letter as it will be archived and sent (template: %1, version %2; language: %3; to the %4). Issuing it archives it with the request; it cannot be changed afterwards.</source>
        <translation>This is the letter as it will be archived and sent (template: %1, version %2; language: %3; to the %4). Issuing it archives it with the request; it cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>The letter was issued, but what was archived differs from what is shown. Open it again from the Letters tab.</source>
        <translation>The letter was issued, but what was archived differs from what is shown. Open it again from the Letters tab.</translation>
    </message>
</context>
<context>
    <name>habeas::LetterTemplatesPage</name>
    <message>
        <source>&lt;h2&gt;Letter templates&lt;/h2&gt;The text each kind of letter is made from, in French and in English. Saving adds a version; letters already issued keep the text they were printed with.</source>
        <translation>&lt;h2&gt;Letter templates&lt;/h2&gt;The text each kind of letter is made from, in French and in English. Saving adds a version; letters already issued keep the text they were printed with.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>The &quot;Subject:&quot; line of the letter, on one line; placeholders are allowed.</source>
        <translation>The &quot;Subject:&quot; line of the letter, on one line; placeholders are allowed.</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>&amp;Body, paragraphs separated by a blank line:</source>
        <translation>&amp;Body, paragraphs separated by a blank line:</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Placeholder</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>&amp;Placeholders this letter may use:</source>
        <translation>&amp;Placeholders this letter may use:</translation>
    </message>
    <message>
        <source>&amp;Insert in the body</source>
        <translation>&amp;Insert in the body</translation>
    </message>
    <message>
        <source>or double-click, or press Enter.</source>
        <translation>or double-click, or press Enter.</translation>
    </message>
    <message>
        <source>A letter is not printed while a required placeholder has nothing to put in it.</source>
        <translation>A letter is not printed while a required placeholder has nothing to put in it.</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Open in the editor</source>
        <translation>&amp;Open in the editor</translation>
    </message>
    <message>
        <source>Put the chosen version in the editor, to start from it.</source>
        <translation>Put the chosen version in the editor, to start from it.</translation>
    </message>
    <message>
        <source>Start again from &amp;Habeas&apos;s text</source>
        <translation>Start again from &amp;Habeas&apos;s text</translation>
    </message>
    <message>
        <source>Put the text Habeas comes with in the editor.</source>
        <translation>Put the text Habeas comes with in the editor.</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>may be empty</source>
        <translation>may be empty</translation>
    </message>
    <message>
        <source>Required: a letter is not printed while it has nothing to put here.</source>
        <translation>Required: a letter is not printed while it has nothing to put here.</translation>
    </message>
    <message>
        <source>May be empty in a letter.</source>
        <translation>May be empty in a letter.</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (in force)</translation>
    </message>
    <message>
        <source>Habeas&apos;s own text</source>
        <translation>Habeas&apos;s own text</translation>
    </message>
    <message>
        <source>The letter needs a subject.</source>
        <translation>The letter needs a subject.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>The text can be saved: every placeholder is one this letter offers.</source>
        <translation>The text can be saved: every placeholder is one this letter offers.</translation>
    </message>
    <message>
        <source>This text cannot be saved yet. %1</source>
        <translation>This text cannot be saved yet. %1</translation>
    </message>
    <message>
        <source>In force: Habeas&apos;s own text.</source>
        <translation>In force: Habeas&apos;s own text.</translation>
    </message>
    <message>
        <source>In force: version %1, saved %2.</source>
        <translation>In force: version %1, saved %2.</translation>
    </message>
    <message>
        <source>Put %1 in the editor? Your changes are not saved and will be lost.</source>
        <translation>Put %1 in the editor? Your changes are not saved and will be lost.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Habeas&apos;s own text is in the editor: save it to put it in force.</source>
        <translation>Habeas&apos;s own text is in the editor: save it to put it in force.</translation>
    </message>
    <message>
        <source>Version %1 is in the editor: save it to put it in force again.</source>
        <translation>Version %1 is in the editor: save it to put it in force again.</translation>
    </message>
    <message>
        <source>The text in force is in the editor.</source>
        <translation>The text in force is in the editor.</translation>
    </message>
    <message>
        <source>Your changes to the %1 in %2 are not saved. Save them as a new version?</source>
        <translation>Your changes to the %1 in %2 are not saved. Save them as a new version?</translation>
    </message>
    <message>
        <source>Nothing to save: the editor holds the text in force.</source>
        <translation>Nothing to save: the editor holds the text in force.</translation>
    </message>
    <message>
        <source>Saved as version %1: the next letters are made from it.</source>
        <translation>Saved as version %1: the next letters are made from it.</translation>
    </message>
</context>
<context>
    <name>habeas::LetterheadPage</name>
    <message>
        <source>&lt;h2&gt;Letterhead&lt;/h2&gt;What letters print: the top of the first page, the signature and the foot of every page. Kept in the vault, the same on every desk.</source>
        <translation>&lt;h2&gt;Letterhead&lt;/h2&gt;What letters print: the top of the first page, the signature and the foot of every page. Kept in the vault, the same on every desk.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>e.g. Data Protection Officer</source>
        <translation>e.g. Data Protection Officer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Department, street, postcode and town, one per line</source>
        <translation>Department, street, postcode and town, one per line</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>The town written before the date, as in &quot;Monaco, 2 December 2026&quot;.</source>
        <translation>The town written before the date, as in &quot;Monaco, 2 December 2026&quot;.</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Signatory&apos;s name</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Printed at the foot of every page, beside the reference and the page number: one or two lines.</source>
        <translation>Printed at the foot of every page, beside the reference and the page number: one or two lines.</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s address</source>
        <translation>Supervisory authority&apos;s address</translation>
    </message>
    <message>
        <source>The name and postal address of the APDP, printed in refusal letters with the requester&apos;s right to refer the matter to it.</source>
        <translation>The name and postal address of the APDP, printed in refusal letters with the requester&apos;s right to refer the matter to it.</translation>
    </message>
    <message>
        <source>Refusal letters cannot be printed until this address is filled in.</source>
        <translation>Refusal letters cannot be printed until this address is filled in.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose an image…</source>
        <translation>C&amp;hoose an image…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>O&amp;ffice name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>Signatory&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;title:</source>
        <translation>Signatory&apos;s &amp;title:</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Footer:</translation>
    </message>
    <message>
        <source>Supervisory a&amp;uthority:</source>
        <translation>Supervisory a&amp;uthority:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Top of the first page</source>
        <translation>Top of the first page</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>(office name)</source>
        <translation>(office name)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose an image for the letterhead</source>
        <translation>Choose an image for the letterhead</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Letterhead saved.</source>
        <translation>Letterhead saved.</translation>
    </message>
</context>
<context>
    <name>habeas::LettersPanel</name>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>Letter to prepare</source>
        <translation>Letter to prepare</translation>
    </message>
    <message>
        <source>&amp;Prepare…</source>
        <translation>&amp;Prepare…</translation>
    </message>
    <message>
        <source>Write the letter from the request and the register, and show it before it is issued</source>
        <translation>Write the letter from the request and the register, and show it before it is issued</translation>
    </message>
    <message>
        <source>Letters issued</source>
        <translation>Letters issued</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Show…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the letter as it was issued (Ctrl+P)</source>
        <translation>Print the letter as it was issued (Ctrl+P)</translation>
    </message>
    <message>
        <source>The letter as it was issued (Enter)</source>
        <translation>The letter as it was issued (Enter)</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>A PDF that opens only with a password you choose</source>
        <translation>A PDF that opens only with a password you choose</translation>
    </message>
    <message>
        <source>%1 (cleared with the case file)</source>
        <translation>%1 (cleared with the case file)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>%1 (to send)</source>
        <translation>%1 (to send)</translation>
    </message>
    <message>
        <source>No letter has been issued for this request yet.</source>
        <translation>No letter has been issued for this request yet.</translation>
    </message>
    <message>
        <source>To send: %1.</source>
        <translation>To send: %1.</translation>
    </message>
    <message>
        <source>A letter is shown before it is issued; once issued it is archived with the request as printed, and printed or exported from that archive.</source>
        <translation>A letter is shown before it is issued; once issued it is archived with the request as printed, and printed or exported from that archive.</translation>
    </message>
    <message>
        <source>The letter cannot be prepared: %1</source>
        <translation>The letter cannot be prepared: %1</translation>
    </message>
</context>
<context>
    <name>habeas::LockOverlay</name>
    <message>
        <source>&lt;h2&gt;Habeas is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Habeas is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Enter your password to go on.</source>
        <translation>Signed in as %1 (%2). Enter your password to go on.</translation>
    </message>
</context>
<context>
    <name>habeas::LoginWindow</name>
    <message>
        <source>Sign in — Habeas</source>
        <translation>Sign in — Habeas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Habeas&lt;/h2&gt;Register of processings, authority opinions and rights requests.</source>
        <translation>&lt;h2&gt;Habeas&lt;/h2&gt;Register of processings, authority opinions and rights requests.</translation>
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
        <source>Remember this vault on this computer</source>
        <translation>Remember this vault on this computer</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Create a vault…</source>
        <translation>&amp;Create a vault…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>Open the &amp;demo vault</translation>
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
        <source>Demo vault (fictitious data). Accounts: %1.</source>
        <translation>Demo vault (fictitious data). Accounts: %1.</translation>
    </message>
    <message>
        <source>Choose a vault and enter your account.</source>
        <translation>Choose a vault and enter your account.</translation>
    </message>
    <message>
        <source>Your password must be changed before you can go on.</source>
        <translation>Your password must be changed before you can go on.</translation>
    </message>
    <message>
        <source>Your password is older than the renewal period set by the administrator. Choose a new one.</source>
        <translation>Your password is older than the renewal period set by the administrator. Choose a new one.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own before you go on.</source>
        <translation>Your password was set by an administrator. Choose your own before you go on.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>habeas::MainWindow</name>
    <message>
        <source>%1 — Habeas</source>
        <translation>%1 — Habeas</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>Signed in as %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>The key that protects identity documents could not be brought up to date at sign-in: %1 Habeas will try again at your next sign-in; until then, tell the administrator.</source>
        <translation>The key that protects identity documents could not be brought up to date at sign-in: %1 Habeas will try again at your next sign-in; until then, tell the administrator.</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Identity documents</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue request(s)</source>
        <translation>
            <numerusform>%n overdue request</numerusform>
            <numerusform>%n overdue requests</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Nothing shown here can be printed. Letters are printed from a request&apos;s Letters tab.</source>
        <translation>Nothing shown here can be printed. Letters are printed from a request&apos;s Letters tab.</translation>
    </message>
    <message>
        <source>Public privacy &amp;notice…</source>
        <translation>Public privacy &amp;notice…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Habeas…</source>
        <translation>&amp;About Habeas…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>About &amp;Qt…</translation>
    </message>
</context>
<context>
    <name>habeas::NewAccountDialog</name>
    <message>
        <source>New account — Habeas</source>
        <translation>New account — Habeas</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>Give the temporary password to the person in person; Habeas asks them to change it at first sign-in.</source>
        <translation>Give the temporary password to the person in person; Habeas asks them to change it at first sign-in.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Create account</translation>
    </message>
</context>
<context>
    <name>habeas::NewRequestWizard</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>How the request arrived, when, and what it asks.</source>
        <translation>How the request arrived, when, and what it asks.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Date of receipt</source>
        <translation>Date of receipt</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>Post is often opened days later: the deadline runs from the day the request reached the office.</source>
        <translation>Post is often opened days later: the deadline runs from the day the request reached the office.</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Rights:</translation>
    </message>
    <message>
        <source>The request in the requester&apos;s words</source>
        <translation>The request in the requester&apos;s words</translation>
    </message>
    <message>
        <source>The request, in the requester&apos;s &amp;words:</source>
        <translation>The request, in the requester&apos;s &amp;words:</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Who asks, and how to reach them. The surname is needed.</source>
        <translation>Who asks, and how to reach them. The surname is needed.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Language of correspondence</source>
        <translation>Language of correspondence</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Letters in:</source>
        <translation>&amp;Letters in:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>An agent acts for the &amp;requester</source>
        <translation>An agent acts for the &amp;requester</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>A copy of an identity document, kept encrypted and destroyed when the request ends.</source>
        <translation>A copy of an identity document, kept encrypted and destroyed when the request ends.</translation>
    </message>
    <message>
        <source>Ask for a copy by &amp;letter</source>
        <translation>Ask for a copy by &amp;letter</translation>
    </message>
    <message>
        <source>&amp;Capture the copy now, from a scan</source>
        <translation>&amp;Capture the copy now, from a scan</translation>
    </message>
    <message>
        <source>&amp;Not needed: identified otherwise</source>
        <translation>&amp;Not needed: identified otherwise</translation>
    </message>
    <message>
        <source>C&amp;hoose the scan…</source>
        <translation>C&amp;hoose the scan…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>identity card, passport, residence permit…</source>
        <translation>identity card, passport, residence permit…</translation>
    </message>
    <message>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Kind of document:</translation>
    </message>
    <message>
        <source>&amp;Delete the scanned file once the copy is saved</source>
        <translation>&amp;Delete the scanned file once the copy is saved</translation>
    </message>
    <message>
        <source>How the requester was identified</source>
        <translation>How the requester was identified</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>Scan of the identity document</source>
        <translation>Scan of the identity document</translation>
    </message>
    <message>
        <source>a copy (%1) captured now from %2</source>
        <translation>a copy (%1) captured now from %2</translation>
    </message>
    <message>
        <source>not needed: %1</source>
        <translation>not needed: %1</translation>
    </message>
    <message>
        <source>a copy to be asked for by letter</source>
        <translation>a copy to be asked for by letter</translation>
    </message>
    <message>
        <source>Processings concerned</source>
        <translation>Processings concerned</translation>
    </message>
    <message>
        <source>The processings of the register where the requester&apos;s data may be; more can be added later.</source>
        <translation>The processings of the register where the requester&apos;s data may be; more can be added later.</translation>
    </message>
    <message>
        <source>Find a processing</source>
        <translation>Find a processing</translation>
    </message>
    <message>
        <source>Name or controller</source>
        <translation>Name or controller</translation>
    </message>
    <message>
        <source>Processings</source>
        <translation>Processings</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Check before saving: Finish records the request and opens it.</source>
        <translation>Check before saving: Finish records the request and opens it.</translation>
    </message>
    <message>
        <source>Rights: %1.</source>
        <translation>Rights: %1.</translation>
    </message>
    <message>
        <source>Requester: %1 %2 %3.</source>
        <translation>Requester: %1 %2 %3.</translation>
    </message>
    <message>
        <source>Agent: %1, for %2.</source>
        <translation>Agent: %1, for %2.</translation>
    </message>
    <message>
        <source>Identity: %1.</source>
        <translation>Identity: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Processings concerned: %n.</source>
        <translation>
            <numerusform>Processings concerned: %n.</numerusform>
            <numerusform>Processings concerned: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply due %1: %2.</source>
        <translation>Reply due %1: %2.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>The scan %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The request %1 is saved, but the scan %2 could not be deleted: delete it yourself.</source>
        <translation>The request %1 is saved, but the scan %2 could not be deleted: delete it yourself.</translation>
    </message>
    <message>
        <source>A deleted file may still be read from the disk&apos;s blocks, above all on an SSD, and a shared folder keeps copies: scan into a folder of your own on this computer, never a shared one.</source>
        <translation>A deleted file may still be read from the disk&apos;s blocks, above all on an SSD, and a shared folder keeps copies: scan into a folder of your own on this computer, never a shared one.</translation>
    </message>
    <message>
        <source>Received on %1 (%2).</source>
        <translation>Received on %1 (%2).</translation>
    </message>
    <message>
        <source>Only when someone acts for the requester.</source>
        <translation>Only when someone acts for the requester.</translation>
    </message>
    <message>
        <source>The mandate states who is represented, by whom, for what and for how long, and whether the agent may receive the reply (Sovereign Ordinance 11.327, art. 1).</source>
        <translation>The mandate states who is represented, by whom, for what and for how long, and whether the agent may receive the reply (Sovereign Ordinance 11.327, art. 1).</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
</context>
<context>
    <name>habeas::OrganisationPage</name>
    <message>
        <source>Whose vault</source>
        <translation>Whose vault</translation>
    </message>
    <message>
        <source>The department or office this register belongs to. It appears on letters and reports.</source>
        <translation>The department or office this register belongs to. It appears on letters and reports.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>habeas::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Password strength</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>At least %n character; several unrelated words are easy to remember and hard to guess.</numerusform>
            <numerusform>At least %n characters; several unrelated words are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>Strength: %1.</translation>
    </message>
</context>
<context>
    <name>habeas::PdfPasswordDialog</name>
    <message>
        <source>Password of the PDF</source>
        <translation>Password of the PDF</translation>
    </message>
    <message>
        <source>The PDF opens only with this password. Give it to the person who receives the file by another way than the file itself: by telephone, or in a separate letter.</source>
        <translation>The PDF opens only with this password. Give it to the person who receives the file by another way than the file itself: by telephone, or in a separate letter.</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>PDF password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>PDF password, again</source>
        <translation>PDF password, again</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>habeas::PolicyNote</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Set by your organisation</translation>
    </message>
</context>
<context>
    <name>habeas::PrivacyNoticeDialog</name>
    <message>
        <source>Public privacy notice</source>
        <translation>Public privacy notice</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Language of the notice</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Language of the notice:</source>
        <translation>&amp;Language of the notice:</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Preview of the notice</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;web page…</source>
        <translation>Save as &amp;web page…</translation>
    </message>
    <message>
        <source>The register has no processing to tell the public about yet (drafts and retired processings are left out).</source>
        <translation>The register has no processing to tell the public about yet (drafts and retired processings are left out).</translation>
    </message>
    <message>
        <source>Made from the register today. Publish it where the public reads it, and make it again after the register changes.</source>
        <translation>Made from the register today. Publish it where the public reads it, and make it again after the register changes.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation>Print the privacy notice</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>The printer could not be used.</translation>
    </message>
    <message>
        <source>Save the privacy notice as a PDF</source>
        <translation>Save the privacy notice as a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save the privacy notice as a web page</source>
        <translation>Save the privacy notice as a web page</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>privacy-notice-%1</source>
        <translation>privacy-notice-%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>habeas::ProcessingEditor</name>
    <message>
        <source>Modified, not saved</source>
        <translation>Modified, not saved</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Redo the change undone (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the processing in the register (Ctrl+S)</source>
        <translation>Save the processing in the register (Ctrl+S)</translation>
    </message>
    <message>
        <source>Other processings name this one, but it is not described yet: describe it and save to enter it in the register.</source>
        <translation>Other processings name this one, but it is not described yet: describe it and save to enter it in the register.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>The purpose of the processing, which is its name in the register.</source>
        <translation>The purpose of the processing, which is its name in the register.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Functionalities</source>
        <translation>Functionalities</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>People concerned</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Department (controller):</source>
        <translation>&amp;Department (controller):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>One functionality a line</source>
        <translation>One functionality a line</translation>
    </message>
    <message>
        <source>One category of people a line</source>
        <translation>One category of people a line</translation>
    </message>
    <message>
        <source>&amp;Functionalities:</source>
        <translation>&amp;Functionalities:</translation>
    </message>
    <message>
        <source>People &amp;concerned:</source>
        <translation>People &amp;concerned:</translation>
    </message>
    <message>
        <source>Deliberations:</source>
        <translation>Deliberations:</translation>
    </message>
    <message>
        <source>I. Purpose</source>
        <translation>I. Purpose</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Legal texts</source>
        <translation>Legal texts</translation>
    </message>
    <message>
        <source>Dates as 2020-03-12 or as your system writes them.</source>
        <translation>Dates as 2020-03-12 or as your system writes them.</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>Legal &amp;texts cited:</source>
        <translation>Legal &amp;texts cited:</translation>
    </message>
    <message>
        <source>Add a legal text</source>
        <translation>Add a legal text</translation>
    </message>
    <message>
        <source>Remove the legal text</source>
        <translation>Remove the legal text</translation>
    </message>
    <message>
        <source>II. Lawfulness</source>
        <translation>II. Lawfulness</translation>
    </message>
    <message>
        <source>Category of data</source>
        <translation>Category of data</translation>
    </message>
    <message>
        <source>Retention, as written</source>
        <translation>Retention, as written</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Data categories</translation>
    </message>
    <message>
        <source>Days: the retention as a number of days, when it is one; leave it empty otherwise.</source>
        <translation>Days: the retention as a number of days, when it is one; leave it empty otherwise.</translation>
    </message>
    <message>
        <source>Each category of data with its retention period as the deliberation writes it and, where it is a fixed duration, that duration in days.</source>
        <translation>Each category of data with its retention period as the deliberation writes it and, where it is a fixed duration, that duration in days.</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Add a category</translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation>Remove the category</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>&amp;Source of the data:</source>
        <translation>&amp;Source of the data:</translation>
    </message>
    <message>
        <source>III. Data</source>
        <translation>III. Data</translation>
    </message>
    <message>
        <source>Information of the people concerned</source>
        <translation>Information of the people concerned</translation>
    </message>
    <message>
        <source>Exercise of rights</source>
        <translation>Exercise of rights</translation>
    </message>
    <message>
        <source>&amp;Information of the people concerned:</source>
        <translation>&amp;Information of the people concerned:</translation>
    </message>
    <message>
        <source>&amp;Exercise of their rights:</source>
        <translation>&amp;Exercise of their rights:</translation>
    </message>
    <message>
        <source>IV. Rights</source>
        <translation>IV. Rights</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>&amp;Recipients and their access:</source>
        <translation>&amp;Recipients and their access:</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Add a recipient</translation>
    </message>
    <message>
        <source>Remove the recipient</source>
        <translation>Remove the recipient</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>&amp;Transfers outside Monaco:</source>
        <translation>&amp;Transfers outside Monaco:</translation>
    </message>
    <message>
        <source>V. Recipients</source>
        <translation>V. Recipients</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Other processing</source>
        <translation>Other processing</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>A processing not in the register yet is entered as referenced only, to be described later.</source>
        <translation>A processing not in the register yet is entered as referenced only, to be described later.</translation>
    </message>
    <message>
        <source>&amp;Links to other processings:</source>
        <translation>&amp;Links to other processings:</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Add a link</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Remove the link</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Linked from:</translation>
    </message>
    <message>
        <source>VI. Links</source>
        <translation>VI. Links</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Security &amp;measures:</source>
        <translation>Security &amp;measures:</translation>
    </message>
    <message>
        <source>VII. Security</source>
        <translation>VII. Security</translation>
    </message>
    <message>
        <source>The retention of each category of data, as entered in section III.</source>
        <translation>The retention of each category of data, as entered in section III.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>VIII. Retention</source>
        <translation>VIII. Retention</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>I. Purpose and functionalities</source>
        <translation>I. Purpose and functionalities</translation>
    </message>
    <message>
        <source>II. Lawfulness: legal basis, justification and texts</source>
        <translation>II. Lawfulness: legal basis, justification and texts</translation>
    </message>
    <message>
        <source>III. Data processed, their retention and their source</source>
        <translation>III. Data processed, their retention and their source</translation>
    </message>
    <message>
        <source>IV. Information of the people concerned and exercise of their rights</source>
        <translation>IV. Information of the people concerned and exercise of their rights</translation>
    </message>
    <message>
        <source>V. Recipients, access and transfers</source>
        <translation>V. Recipients, access and transfers</translation>
    </message>
    <message>
        <source>VI. Interconnections and matchings</source>
        <translation>VI. Interconnections and matchings</translation>
    </message>
    <message>
        <source>VII. Security measures</source>
        <translation>VII. Security measures</translation>
    </message>
    <message>
        <source>VIII. Retention of the data</source>
        <translation>VIII. Retention of the data</translation>
    </message>
    <message>
        <source>The changes saved: who, when, what before and after</source>
        <translation>The changes saved: who, when, what before and after</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2020-03-12.</source>
        <translation>&quot;%1&quot; is not a date: write it as 2020-03-12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days: leave it empty when the retention is not one.</source>
        <translation>&quot;%1&quot; is not a number of days: leave it empty when the retention is not one.</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Kind of link</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No processing chosen: choose one in the list.</source>
        <translation>No processing chosen: choose one in the list.</translation>
    </message>
    <message>
        <source>New processing</source>
        <translation>New processing</translation>
    </message>
    <message>
        <source>New processing: %1</source>
        <translation>New processing: %1</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Remove a row</source>
        <translation>Remove a row</translation>
    </message>
    <message>
        <source>A new processing: give at least its purpose, then save it.</source>
        <translation>A new processing: give at least its purpose, then save it.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Your changes to &quot;%1&quot; are not saved. Save them?</source>
        <translation>Your changes to &quot;%1&quot; are not saved. Save them?</translation>
    </message>
    <message>
        <source>the new processing</source>
        <translation>the new processing</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>link kind, other processing</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>recipient, access</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 days)</source>
        <comment>category, retention, days</comment>
        <translation>%1 — %2 (%3 days)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>category, retention</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No. %1 of %2: %3</source>
        <translation>No. %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n condition(s) open)</source>
        <translation>
            <numerusform>(%n condition open)</numerusform>
            <numerusform>(%n conditions open)</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <source>No other processing links to this one.</source>
        <translation>No other processing links to this one.</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>To check:</translation>
    </message>
    <message>
        <source>Whether the data must be given</source>
        <translation>Whether the data must be given</translation>
    </message>
    <message>
        <source>Yes: the person must give it</source>
        <translation>Yes: the person must give it</translation>
    </message>
    <message>
        <source>No: giving it is optional</source>
        <translation>No: giving it is optional</translation>
    </message>
    <message>
        <source>What follows when the data is not given</source>
        <translation>What follows when the data is not given</translation>
    </message>
    <message>
        <source>For instance: without it the application cannot be examined.</source>
        <translation>For instance: without it the application cannot be examined.</translation>
    </message>
    <message>
        <source>Data &amp;mandatory:</source>
        <translation>Data &amp;mandatory:</translation>
    </message>
    <message>
        <source>When &amp;not given:</source>
        <translation>When &amp;not given:</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>habeas::ProcessingSummaryDialog</name>
    <message>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>Interconnection</source>
        <translation>Interconnection</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted to the authority</source>
        <translation>Submitted to the authority</translation>
    </message>
    <message>
        <source>Opinion received</source>
        <translation>Opinion received</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>In operation</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Public interest or official authority</source>
        <translation>Public interest or official authority</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Vital interest</translation>
    </message>
    <message>
        <source>Processing: %1</source>
        <translation>Processing: %1</translation>
    </message>
    <message>
        <source>Not described yet:</source>
        <translation>Not described yet:</translation>
    </message>
    <message>
        <source>other processings of the register name it, nothing more.</source>
        <translation>other processings of the register name it, nothing more.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justification:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>legal text, its date</comment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>legal text, its reference</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Legal texts</source>
        <translation>Legal texts</translation>
    </message>
    <message>
        <source>Functionalities</source>
        <translation>Functionalities</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>People concerned</translation>
    </message>
    <message>
        <source>%1 — kept: %2</source>
        <comment>data category, its retention</comment>
        <translation>%1 — kept: %2</translation>
    </message>
    <message>
        <source>Data and retention</source>
        <translation>Data and retention</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>recipient, kinds of access</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recipients and access</source>
        <translation>Recipients and access</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of link, other processing</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Links with other processings</source>
        <translation>Links with other processings</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Information of the people concerned</source>
        <translation>Information of the people concerned</translation>
    </message>
    <message>
        <source>Exercise of rights</source>
        <translation>Exercise of rights</translation>
    </message>
    <message>
        <source>Description of the processing</source>
        <translation>Description of the processing</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Giving the data</source>
        <translation>Giving the data</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>mandatory or optional, what follows when not given</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>habeas::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterGraphPanel</name>
    <message>
        <source>&amp;Links away:</source>
        <translation>&amp;Links away:</translation>
    </message>
    <message>
        <source>Links away</source>
        <translation>Links away</translation>
    </message>
    <message>
        <source>How many links away from the processing chosen the graph reaches.</source>
        <translation>How many links away from the processing chosen the graph reaches.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Show the whole graph (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Add to register…</source>
        <translation>&amp;Add to register…</translation>
    </message>
    <message>
        <source>Describe the processing chosen in the graph, which is only named by a link, in the editor; saving it enters it in the register.</source>
        <translation>Describe the processing chosen in the graph, which is only named by a link, in the editor; saving it enters it in the register.</translation>
    </message>
    <message>
        <source>Interconnection</source>
        <translation>Interconnection</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>Not in the register</translation>
    </message>
    <message>
        <source>Checks to look at</source>
        <translation>Checks to look at</translation>
    </message>
    <message>
        <source>Choose a processing in the list to see the processings it is linked to.</source>
        <translation>Choose a processing in the list to see the processings it is linked to.</translation>
    </message>
    <message>
        <source>Choose a saved processing in the list to see the processings it is linked to.</source>
        <translation>Choose a saved processing in the list to see the processings it is linked to.</translation>
    </message>
    <message>
        <source>(no link to or from another processing)</source>
        <translation>(no link to or from another processing)</translation>
    </message>
    <message>
        <source>&amp;Open in the editor</source>
        <translation>&amp;Open in the editor</translation>
    </message>
    <message>
        <source>&amp;Centre the graph here</source>
        <translation>&amp;Centre the graph here</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterGraphView</name>
    <message>
        <source>Graph of the processing&apos;s links</source>
        <translation>Graph of the processing&apos;s links</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Interconnection</source>
        <translation>Interconnection</translation>
    </message>
    <message>
        <source>Not in the register: only named by a link. Use &quot;Add to register&quot; to describe it.</source>
        <translation>Not in the register: only named by a link. Use &quot;Add to register&quot; to describe it.</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>not in the register</translation>
    </message>
    <message>
        <source>the processing shown</source>
        <translation>the processing shown</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) away</source>
        <translation>
            <numerusform>%n link away</numerusform>
            <numerusform>%n links away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to others shown</source>
        <translation>
            <numerusform>%n link to others shown</numerusform>
            <numerusform>%n links to others shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from others shown</source>
        <translation>
            <numerusform>%n link from others shown</numerusform>
            <numerusform>%n links from others shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) to look at</source>
        <translation>
            <numerusform>%n check to look at</numerusform>
            <numerusform>%n checks to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::RegisterModel</name>
    <message>
        <source>Referenced only</source>
        <translation>Referenced only</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) of the authority&apos;s deliberations still open or in progress</source>
        <translation>
            <numerusform>%n condition of the authority&apos;s deliberations still open or in progress</numerusform>
            <numerusform>%n conditions of the authority&apos;s deliberations still open or in progress</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions of the authority&apos;s deliberations still open or in progress</source>
        <translation>Conditions of the authority&apos;s deliberations still open or in progress</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>What the register&apos;s consistency checks found to look at</source>
        <translation>What the register&apos;s consistency checks found to look at</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterPage</name>
    <message>
        <source>Search the register</source>
        <translation>Search the register</translation>
    </message>
    <message>
        <source>Purpose or reference…</source>
        <translation>Purpose or reference…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Department filter</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>Every department</translation>
    </message>
    <message>
        <source>With open &amp;conditions</source>
        <translation>With open &amp;conditions</translation>
    </message>
    <message>
        <source>Only the processings whose deliberations have conditions still open or in progress.</source>
        <translation>Only the processings whose deliberations have conditions still open or in progress.</translation>
    </message>
    <message>
        <source>&amp;New processing…</source>
        <translation>&amp;New processing…</translation>
    </message>
    <message>
        <source>Processings</source>
        <translation>Processings</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message numerus="yes">
        <source>%n processing(s) shown</source>
        <translation>
            <numerusform>%n processing shown</numerusform>
            <numerusform>%n processings shown</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;processing chosen</source>
        <translation>The &amp;processing chosen</translation>
    </message>
    <message>
        <source>The &amp;whole register</source>
        <translation>The &amp;whole register</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the processing chosen (Ctrl+P) or the whole register, as saved.</source>
        <translation>Print the processing chosen (Ctrl+P) or the whole register, as saved.</translation>
    </message>
    <message>
        <source>E&amp;xport as encrypted PDF…</source>
        <translation>E&amp;xport as encrypted PDF…</translation>
    </message>
    <message>
        <source>Save the processing chosen or the whole register as a PDF that opens only with a password.</source>
        <translation>Save the processing chosen or the whole register as a PDF that opens only with a password.</translation>
    </message>
    <message>
        <source>Choose a saved processing in the list first.</source>
        <translation>Choose a saved processing in the list first.</translation>
    </message>
    <message>
        <source>The extract shows the processing as saved: your edits not saved yet are not in it.</source>
        <translation>The extract shows the processing as saved: your edits not saved yet are not in it.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Register of processings</source>
        <translation>Register of processings</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Register extract</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Print the register</translation>
    </message>
    <message>
        <source>Print the processing</source>
        <translation>Print the processing</translation>
    </message>
    <message>
        <source>The register is not printed to a file: use &quot;Export as encrypted PDF&quot;, which protects the file with a password.</source>
        <translation>The register is not printed to a file: use &quot;Export as encrypted PDF&quot;, which protects the file with a password.</translation>
    </message>
    <message>
        <source>Export the register as an encrypted PDF</source>
        <translation>Export the register as an encrypted PDF</translation>
    </message>
    <message>
        <source>Export the processing as an encrypted PDF</source>
        <translation>Export the processing as an encrypted PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export as encrypted PDF</source>
        <translation>Export as encrypted PDF</translation>
    </message>
    <message>
        <source>The extract was saved in %1. It opens only with the password you chose.</source>
        <translation>The extract was saved in %1. It opens only with the password you chose.</translation>
    </message>
    <message>
        <source>&amp;Inspection file…</source>
        <translation>&amp;Inspection file…</translation>
    </message>
    <message>
        <source>Make the file for the supervisory authority: the register, the deliberations, the figures of the requests and the audit log, as an encrypted PDF.</source>
        <translation>Make the file for the supervisory authority: the register, the deliberations, the figures of the requests and the audit log, as an encrypted PDF.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Links &amp;graph</source>
        <translation>Links &amp;graph</translation>
    </message>
    <message>
        <source>The processings linked to the one chosen, and theirs, drawn as a graph.</source>
        <translation>The processings linked to the one chosen, and theirs, drawn as a graph.</translation>
    </message>
    <message>
        <source>The inspection file shows the processing as saved: your edits not saved yet are not in it.</source>
        <translation>The inspection file shows the processing as saved: your edits not saved yet are not in it.</translation>
    </message>
    <message>
        <source>Inspection file %1</source>
        <translation>Inspection file %1</translation>
    </message>
    <message>
        <source>Save the inspection file as an encrypted PDF</source>
        <translation>Save the inspection file as an encrypted PDF</translation>
    </message>
    <message>
        <source>Making the inspection file…</source>
        <translation>Making the inspection file…</translation>
    </message>
    <message>
        <source>Inspection file</source>
        <translation>Inspection file</translation>
    </message>
    <message>
        <source>The inspection file was saved in %1. It opens only with the password you chose; give the password to the authority by another way than the file.</source>
        <translation>The inspection file was saved in %1. It opens only with the password you chose; give the password to the authority by another way than the file.</translation>
    </message>
</context>
<context>
    <name>habeas::RequestView</name>
    <message>
        <source>Check the &amp;identity</source>
        <translation>Check the &amp;identity</translation>
    </message>
    <message>
        <source>Identity &amp;verified: examine</source>
        <translation>Identity &amp;verified: examine</translation>
    </message>
    <message>
        <source>Mark as &amp;answered</source>
        <translation>Mark as &amp;answered</translation>
    </message>
    <message>
        <source>&amp;Close the request</source>
        <translation>&amp;Close the request</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuse…</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>&amp;Withdrawn…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>E&amp;xtend the deadline…</source>
        <translation>E&amp;xtend the deadline…</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <source>Requester and a&amp;gent</source>
        <translation>Requester and a&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Date of receipt</source>
        <translation>Date of receipt</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Rights:</translation>
    </message>
    <message>
        <source>Language of correspondence</source>
        <translation>Language of correspondence</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Letters in:</source>
        <translation>&amp;Letters in:</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Assigned to:</translation>
    </message>
    <message>
        <source>The request in the requester&apos;s words</source>
        <translation>The request in the requester&apos;s words</translation>
    </message>
    <message>
        <source>The request, in the requester&apos;s &amp;words:</source>
        <translation>The request, in the requester&apos;s &amp;words:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Agent acting for the requester</source>
        <translation>Agent acting for the requester</translation>
    </message>
    <message>
        <source>Mandate checklist</source>
        <translation>Mandate checklist</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Internal notes: never printed in a letter.</source>
        <translation>Internal notes: never printed in a letter.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New &amp;note:</source>
        <translation>New &amp;note:</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>A&amp;dd the note</source>
        <translation>A&amp;dd the note</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>History of the request</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Reply due %1.</source>
        <translation>Reply due %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n day(s) while identity proof was awaited.</source>
        <translation>
            <numerusform>Paused %n day while identity proof was awaited.</numerusform>
            <numerusform>Paused %n days while identity proof was awaited.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extended to %1: %2</source>
        <translation>Extended to %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>No note yet.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Request changed meanwhile</source>
        <translation>Request changed meanwhile</translation>
    </message>
    <message>
        <source>Reload the request now? Your changes will be lost.</source>
        <translation>Reload the request now? Your changes will be lost.</translation>
    </message>
    <message>
        <source>Your changes to this request are not saved yet. Save them first?</source>
        <translation>Your changes to this request are not saved yet. Save them first?</translation>
    </message>
    <message>
        <source>The copy of the identity document kept for this request will be destroyed now, and cannot be recovered.</source>
        <translation>The copy of the identity document kept for this request will be destroyed now, and cannot be recovered.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuse the request</translation>
    </message>
    <message>
        <source>Say why the request is refused: the reason is printed in the reply, which also tells the requester of their right to refer the matter to the APDP.</source>
        <translation>Say why the request is refused: the reason is printed in the reply, which also tells the requester of their right to refer the matter to the APDP.</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <source>Go on?</source>
        <translation>Go on?</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>The deadline can be extended once, with reasons, before the first deadline passes. The new deadline would be %1 (%2). The requester is told of it and of the reasons.</source>
        <translation>The deadline can be extended once, with reasons, before the first deadline passes. The new deadline would be %1 (%2). The requester is told of it and of the reasons.</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>E&amp;xtend</translation>
    </message>
    <message>
        <source>No request open</source>
        <translation>No request open</translation>
    </message>
    <message>
        <source>Open a request from the list (Enter or a double click).</source>
        <translation>Open a request from the list (Enter or a double click).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Reload the request and drop your changes?</source>
        <translation>Reload the request and drop your changes?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Your changes to the request %1 are not saved. Save them?</source>
        <translation>Your changes to the request %1 are not saved. Save them?</translation>
    </message>
    <message>
        <source>Closing the request %1 ends it.</source>
        <translation>Closing the request %1 ends it.</translation>
    </message>
    <message>
        <source>Recording that the requester withdrew the request %1 ends it.</source>
        <translation>Recording that the requester withdrew the request %1 ends it.</translation>
    </message>
    <message>
        <source>Identit&amp;y</source>
        <translation>Identit&amp;y</translation>
    </message>
    <message>
        <source>Pr&amp;ocessings</source>
        <translation>Pr&amp;ocessings</translation>
    </message>
    <message>
        <source>Audit log entries about the request</source>
        <translation>Audit log entries about the request</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;State changes:</source>
        <translation>&amp;State changes:</translation>
    </message>
    <message>
        <source>Recorded in the a&amp;udit log:</source>
        <translation>Recorded in the a&amp;udit log:</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Its personal data was cleared on %1, once the case file&apos;s retention period was over.</source>
        <translation>Its personal data was cleared on %1, once the case file&apos;s retention period was over.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <source>Prepare the letter…</source>
        <translation>Prepare the letter…</translation>
    </message>
    <message>
        <source>Prepare the letter to send</source>
        <translation>Prepare the letter to send</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>L&amp;etters</translation>
    </message>
    <message numerus="yes">
        <source>Letter(s) to send: %1.</source>
        <translation>
            <numerusform>Letter to send: %1.</numerusform>
            <numerusform>Letters to send: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::RequesterForm</name>
    <message>
        <source>Civility</source>
        <translation>Civility</translation>
    </message>
    <message>
        <source>C&amp;ivility:</source>
        <translation>C&amp;ivility:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>&amp;Birth name:</source>
        <translation>&amp;Birth name:</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Staff n&amp;umber:</source>
        <translation>Staff n&amp;umber:</translation>
    </message>
</context>
<context>
    <name>habeas::RequestsModel</name>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — overdue by %n day</numerusform>
            <numerusform>%1 — overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — due today</source>
        <translation>%1 — due today</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n working day(s) left</source>
        <translation>
            <numerusform>%1 — %n working day left</numerusform>
            <numerusform>%1 — %n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — %n day left</numerusform>
            <numerusform>%1 — %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
</context>
<context>
    <name>habeas::RequestsPage</name>
    <message>
        <source>&lt;h2&gt;Requests&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Requests&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Reference or requester&apos;s name</source>
        <translation>Reference or requester&apos;s name</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Search requests</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>&amp;Mine only</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Right:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Assignee:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>All rights</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow viewing requests.</source>
        <translation>Your role does not allow viewing requests.</translation>
    </message>
</context>
<context>
    <name>habeas::ResetPasswordDialog</name>
    <message>
        <source>Reset a password — Habeas</source>
        <translation>Reset a password — Habeas</translation>
    </message>
    <message>
        <source>New temporary password for %1 (%2). Their current password stops working at once.</source>
        <translation>New temporary password for %1 (%2). Their current password stops working at once.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>Enable an account — Habeas</source>
        <translation>Enable an account — Habeas</translation>
    </message>
    <message>
        <source>Temporary password for %1 (%2), whose account is enabled again. They must change it at first sign-in.</source>
        <translation>Temporary password for %1 (%2), whose account is enabled again. They must change it at first sign-in.</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>&amp;Enable account</translation>
    </message>
    <message>
        <source>The current password may be known to someone else: change the &amp;vault key too</source>
        <translation>The current password may be known to someone else: change the &amp;vault key too</translation>
    </message>
    <message>
        <source>Older copies of the key file then no longer open the vault with the current password. This takes about as long as a backup.</source>
        <translation>Older copies of the key file then no longer open the vault with the current password. This takes about as long as a backup.</translation>
    </message>
    <message>
        <source>Resetting the password and changing the vault key…</source>
        <translation>Resetting the password and changing the vault key…</translation>
    </message>
</context>
<context>
    <name>habeas::RetentionPage</name>
    <message>
        <source>&lt;h2&gt;Case files&lt;/h2&gt;Habeas is itself a processing of personal data. An ended request is kept for the years below, counted from the day it ended; then its personal data is cleared: requester, agent, contact, the request&apos;s own words, notes and what was written about each processing. The reference, the rights, the dates, the state and the record of the identity document&apos;s destruction stay, for the statistics.</source>
        <translation>&lt;h2&gt;Case files&lt;/h2&gt;Habeas is itself a processing of personal data. An ended request is kept for the years below, counted from the day it ended; then its personal data is cleared: requester, agent, contact, the request&apos;s own words, notes and what was written about each processing. The reference, the rights, the dates, the state and the record of the identity document&apos;s destruction stay, for the statistics.</translation>
    </message>
    <message>
        <source>&amp;Keep ended requests for:</source>
        <translation>&amp;Keep ended requests for:</translation>
    </message>
    <message>
        <source>Years an ended request is kept</source>
        <translation>Years an ended request is kept</translation>
    </message>
    <message>
        <source>&amp;Save the period</source>
        <translation>&amp;Save the period</translation>
    </message>
    <message>
        <source>The data protection officer sets this period.</source>
        <translation>The data protection officer sets this period.</translation>
    </message>
    <message>
        <source>Ended requests past the period</source>
        <translation>Ended requests past the period</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Kept until</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>No ended request is past the period: every request that ended after %1 is kept.</source>
        <translation>No ended request is past the period: every request that ended after %1 is kept.</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n request(s)…</source>
        <translation>
            <numerusform>&amp;Anonymise %n request…</numerusform>
            <numerusform>&amp;Anonymise %n requests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended requests are now kept %n year(s) after their end.</source>
        <translation>
            <numerusform>Ended requests are now kept %n year after their end.</numerusform>
            <numerusform>Ended requests are now kept %n years after their end.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise the case files</source>
        <translation>Anonymise the case files</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n request(s) will be cleared now: requester, agent, contact, the request&apos;s own words, notes and what was written about each processing. This cannot be undone. The reference, rights, dates and state stay.

Anonymise them?</source>
        <translation>
            <numerusform>The personal data of %n request will be cleared now: requester, agent, contact, the request&apos;s own words, notes and what was written about each processing. This cannot be undone. The reference, rights, dates and state stay.

Anonymise it?</numerusform>
            <numerusform>The personal data of %n requests will be cleared now: requester, agent, contact, the request&apos;s own words, notes and what was written about each processing. This cannot be undone. The reference, rights, dates and state stay.

Anonymise them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) anonymised.</source>
        <translation>
            <numerusform>%n request anonymised.</numerusform>
            <numerusform>%n requests anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended on or before %1 and are past the period; their personal data should be cleared now.</source>
        <translation>
            <numerusform>%n request ended on or before %1 and is past the period; its personal data should be cleared now.</numerusform>
            <numerusform>%n requests ended on or before %1 and are past the period; their personal data should be cleared now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::SecuritySettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;These settings are kept in the vault and apply to every desk.</source>
        <translation>&lt;h2&gt;Settings&lt;/h2&gt;These settings are kept in the vault and apply to every desk.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Lock after idle time</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>Minimum password length</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Password renewal period</source>
        <translation>Password renewal period</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Lock after idle time:</translation>
    </message>
    <message>
        <source>&amp;Minimum password length:</source>
        <translation>&amp;Minimum password length:</translation>
    </message>
    <message>
        <source>Password &amp;renewal period:</source>
        <translation>Password &amp;renewal period:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message numerus="yes">
        <source>Limited to %n minute(s) on this computer (set by your organisation).</source>
        <translation>
            <numerusform>Limited to %n minute on this computer (set by your organisation).</numerusform>
            <numerusform>Limited to %n minutes on this computer (set by your organisation).</numerusform>
        </translation>
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
    <name>habeas::VaultLocationPage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <source>The vault is two files: NAME.habeas (the encrypted database) and NAME.habeas-keys (its keys). Keep them together, on a drive that is backed up.</source>
        <translation>The vault is two files: NAME.habeas (the encrypted database) and NAME.habeas-keys (its keys). Keep them together, on a drive that is backed up.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Vault name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Will create %1</source>
        <translation>Will create %1</translation>
    </message>
    <message>
        <source>Folder of the vault</source>
        <translation>Folder of the vault</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>This folder does not exist.</translation>
    </message>
    <message>
        <source>A vault with this name already exists here; choose another name.</source>
        <translation>A vault with this name already exists here; choose another name.</translation>
    </message>
</context>
<context>
    <name>habeas::VaultOverviewPage</name>
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
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vault&lt;/h2&gt;&lt;b&gt;File&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Format&lt;/b&gt; Habeas vault, key file format %2, SQLCipher %3 file format (library %4), %5-byte pages&lt;br&gt;&lt;b&gt;Schema version&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Key slots&lt;/b&gt; %7</source>
        <translation>&lt;h2&gt;Vault&lt;/h2&gt;&lt;b&gt;File&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Format&lt;/b&gt; Habeas vault, key file format %2, SQLCipher %3 file format (library %4), %5-byte pages&lt;br&gt;&lt;b&gt;Schema version&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Key slots&lt;/b&gt; %7</translation>
    </message>
    <message>
        <source>Change the vault &amp;key…</source>
        <translation>Change the vault &amp;key…</translation>
    </message>
    <message>
        <source>A new key for the database, given to every account still in the vault, so that older copies of the key file no longer open it.</source>
        <translation>A new key for the database, given to every account still in the vault, so that older copies of the key file no longer open it.</translation>
    </message>
    <message>
        <source>Change the vault key</source>
        <translation>Change the vault key</translation>
    </message>
    <message>
        <source>Give the vault a new key? Every account keeps its password. Copies of the key file made before (in backups, or kept by someone who has left) will no longer open the vault. The database is copied under the new key, which takes about as long as a backup; keep Habeas open until it is done.</source>
        <translation>Give the vault a new key? Every account keeps its password. Copies of the key file made before (in backups, or kept by someone who has left) will no longer open the vault. The database is copied under the new key, which takes about as long as a backup; keep Habeas open until it is done.</translation>
    </message>
    <message>
        <source>Changing the vault key…</source>
        <translation>Changing the vault key…</translation>
    </message>
    <message>
        <source>The vault key is changed. Make a new backup: earlier backups still open with the passwords that were valid when they were made.</source>
        <translation>The vault key is changed. Make a new backup: earlier backups still open with the passwords that were valid when they were made.</translation>
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
        <source>Save every screen of a fresh demo vault as PNG files in FOLDER, then quit.</source>
        <translation>Save every screen of a fresh demo vault as PNG files in FOLDER, then quit.</translation>
    </message>
    <message>
        <source>Show the version and the libraries in use.</source>
        <translation>Show the version and the libraries in use.</translation>
    </message>
</context>
</TS>
