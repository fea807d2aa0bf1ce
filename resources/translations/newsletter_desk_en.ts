<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <source>Newsletter Desk could not start. {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>{number}%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Newsletter Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the system's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newsletter Desk will use {language} the next time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Newsletter Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Newsletter Desk {version}&lt;/h3&gt;&lt;p&gt;Send newsletters through your own SMTP server and keep your lists clean.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>notes</name>
        <message>
            <source>4.x.x not in table: soft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4.x.x not in table: soft (inferred from the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4xx reply code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5.x.x not in table: hard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5.x.x not in table: hard (inferred from the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5xx reply code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authentication failed: the server said {reply}. Check the user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Authentication failed: the server said “{reply}”. Check the user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounce collection is switched off for this mailbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot build the message: {because}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate not trusted for {host} ({reason}). If you trust this server anyway, untick “Verify the server certificate”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate not trusted for {host}: it was issued for another server name. Use the name the certificate was made for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection refused on port {port} by {host}: no mail service listens there. Check the port and the security setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not talk to {host} on port {port}: {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its SMTP profile no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer from {host} on port {port} within {timeout} s. Check the server name and port, and that a firewall does not block the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password is stored for the bounce mailbox. Enter it and save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password is stored for the profile “{profile}”. Enter it and save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No settings were found for {domain}. Ask your mail provider for the server name, port and security, and type them in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: the address is on the suppressed list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent: the person unsubscribed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused by the complaint guard: {complaints} of {delivered} delivered recipients reported it as spam ({rate}%), above the limit of {limit}%. Check the list and the message before you resume it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SMTP with {host} failed: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in again to “{name}”: the sign-in has expired or was revoked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped by the user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DNS did not answer for {domain} ({detail}), so its mail servers could not be looked up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The address is not ASCII and the server does not accept such addresses (no SMTPUTF8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app stopped during this run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app stopped while this message was being sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The app stopped while this message was being sent: it may or may not have gone out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The campaign no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while finishing ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while listing the messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while marking recorded messages for deletion ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while reading messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection to {host} was lost while removing recorded messages ({detail}). Nothing that was not recorded has been deleted; the next run carries on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “{folder}” does not exist on {host}. Use Load folders to pick one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring could not be read ({type}); is it locked? Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mailbox is not open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password could not be removed from the keyring ({type}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password could not be saved in the keyring ({type}); is it locked? Install and unlock a keyring: on Linux, GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keychain is used. Until then passwords are kept for this session only and asked again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to {host} on port {port} failed ({reason}). Check that the security setting matches the port (SSL/TLS on 465, 993 and 995; STARTTLS or none on the others).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server name “{host}” could not be found. Check its spelling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the message: it said {reply}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the sign-in: it said “{reply}”. Sign in again, or check that the account may use this server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused {address}: it said {reply}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings file at {url} could not be read ({detail}); it was skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sign-in server {host} could not be reached or refused ({reply}). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sign-in was not completed in the browser. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored DKIM key ({algorithm}) cannot be read; generate a new one on the profile's DKIM tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe service at {url} answered {status}: check its key; its requests are pulled next run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe service at {url} could not be reached ({detail}); its requests are pulled next run.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {header} header holds a word too long for one line ({limit} characters at most).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {header} must be on one line (it contains a line break).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {provider} server name depends on your account's region: check it in the dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This collection was left to the one running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error while sending: {type}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With {provider} the user name is the word shown here and the password is an API key made in its dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a delay warning, delivery is still being tried: soft at most ({because})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a message must be bytes, not {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint (feedback report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint ({diagnostic})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint report (feedback type {feedback_type})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint: already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complaint: suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost (no answer from the server in time) after the whole message was sent: it may or may not have arrived, so it is not sent again unless you choose to send uncertain messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost ({detail}) after the whole message was sent: it may or may not have arrived, so it is not sent again unless you choose to send uncertain messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost: no answer from the server in time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost: no answer from the server in time (gave up after {gave_up_after} attempts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection lost: {detail} (gave up after {gave_up_after} attempts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not be classified ({type}: {detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counted {count} of {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counted {count} of {limit}; already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counted {count} of {limit}; suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hard bounce: already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hard bounce: suppressed at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message {ref}: a line longer than {megabytes} MB; left in the mailbox, not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message {ref}: unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message {ref}: {because}; left in place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names only our own address: {addresses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names only our own addresses: {addresses}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no campaign item to re-send; counted {count} of {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no campaign item to re-send; counted {count} of {limit}; already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no campaign item to re-send; counted {count} of {limit}; suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no code: {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no code: {row} ({meaning})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no failed recipient found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no failed recipient named; the address of the campaign item found by {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one hard bounce stops sending to an address: {status} ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-send {number} of {of} after {at}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-sends used up; counted {count} of {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-sends used up; counted {count} of {limit}; already suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>re-sends used up; counted {count} of {limit}; suppressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed from the command line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table row {row} ({meaning})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table row {row} ({meaning}) (inferred from the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>taken off the suppressed list by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the message cannot be read as mail: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the message is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} bounces reached the threshold of {limit}; last: {status} ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{diagnostic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} is not in the table of common providers. Look it up online, or type the server settings in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} answered on port {port} ({kind}, {security}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} closed the connection on port {port} before answering. If the port expects SSL/TLS from the start (usually 465), choose SSL/TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} closed the connection on port {port} unexpectedly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} closed the connection on port {port}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} closed the connection on port {port}. If this port expects SSL/TLS from the start (usually 993 for IMAP, 995 for POP3), choose SSL/TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer STARTTLS for POP3 on port {port}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer STARTTLS on port {port}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer STARTTLS on port {port}. Choose SSL/TLS (port 465) or, only on a trusted network, no encryption.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer authentication (AUTH) on port {port}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} does not offer authentication (AUTH) on port {port}. Many servers offer it only over an encrypted connection: choose STARTTLS or SSL/TLS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} offers neither UIDPLUS (UID EXPUNGE) nor MOVE, and another mail program has marked messages deleted in “{folder}”: expunging would remove those too, so recorded messages were only marked deleted. They are removed when that program empties the folder; the next run does not count them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused the connection: the server said {reply}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused to list the messages: {reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused to move messages to “{folder}”: {reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused to send messages: {reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused: the server said {reply}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} refused: {reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} found by list cleanup in {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{profile}: DKIM signing is on but its key is not in the keyring, so nothing was sent unsigned. Generate a key on the profile's DKIM tab, or turn signing off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{profile}: {because}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider} may refuse your account password here: make an app password in the account's security settings and use that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider} only sends mail: read bounces from a mailbox of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{provider} uses SMTP credentials made in its dashboard: the user name and password are not your login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reply}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reply} (gave up after {gave_up_after} attempts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reply} (soft failure, re-send {resend} of {of})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reply} ({type})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} not in table: row {row} ({meaning})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} not in table: row {row} ({meaning}) (inferred from the text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{type}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{text}” is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>sending_check</name>
        <message>
            <source>A DKIM key is published at {name}; the signing key is not on this computer, so it could not be compared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add some text to the message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the server to the record (replace the old record with this one):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add this record at your DNS host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask the owner of the address (your hosting provider) to set this reverse DNS record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bounces to {domain} reach its mail server ({hosts}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the server and port, then check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the server name in the SMTP profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your internet connection or the DNS server setting, then check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the record; it must start with v=spf1 and there must be only one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DKIM signature key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DMARC policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each message has a one-click unsubscribe link ({url}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypted connection (TLS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From address aligned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the campaign one sender address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mail server (MX) for bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No DKIM key is published at {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once your reports show all your mail passing, change p=none to p=quarantine.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-click unsubscribe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove include: entries you no longer use, or replace them by the ip4:/ip6: addresses they stand for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace it with this record:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the published record with this one:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse DNS of the sending server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SPF of the return-path domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send from an address on the domain you sign with, or sign with DKIM for {from_domain}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set Security to STARTTLS in the SMTP profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up the unsubscribe page (https) in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorten the text or move content to your website.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DKIM key at {name} matches the key this app signs with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DKIM key published at {name} is not the one this app signs with: receivers will reject the signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DKIM record at {name} is broken ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DMARC record of {domain} is not valid ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DNS did not answer for {name} ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of {domain} does not include your sending server {relay} (result: {result}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of {domain} has an error ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SPF record of {domain} needs more than 10 DNS lookups, so receivers treat it as broken ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message body is {kilobytes} KB: Gmail cuts messages over 102 KB and hides the rest, including your unsubscribe link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no Date header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no Message-ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no plain-text version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no unsubscribe header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has one From, a Date, a Message-ID, a plain-text part and a reasonable size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has {count} From headers instead of one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is only images, with no text: spam filters distrust that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sending server {host} could not be found in the DNS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe header only offers an e-mail address: Gmail and Yahoo require a one-click https link.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe link lacks the one-click header (List-Unsubscribe-Post).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn on DKIM in the SMTP profile and publish its key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use your provider's port for STARTTLS (587) or SSL/TLS (465).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a plain-text version on the campaign page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your From domain {from_domain} matches neither the DKIM domain ({dkim_domain}) nor the return-path domain ({spf_domain}), so DMARC fails.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your From domain {from_domain} matches the DKIM domain or the return path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your messages are not signed with DKIM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sending server {relay} has no name (reverse DNS, PTR).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sending server {relay} has the name {name}, which points back to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sending server {relay} is named {name}, but that name does not point back to {relay}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked 1 day ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked 1 hour ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked 1 minute ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked {count} days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked {count} hours ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checked {count} minutes ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} allows your sending server {relay} to send its mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has a DMARC policy (p={policy}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has a DMARC record with p=none: this meets Gmail's and Yahoo's rule, but does not protect your domain from forgers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has no DMARC record: Gmail, Yahoo and Outlook.com require one from bulk senders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has no SPF record: receivers cannot tell that your sending server may send for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{domain} has no mail server (MX): bounces and complaints cannot come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} (port {port}) could not be reached ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} (port {port}) does not offer encryption: Gmail refuses unencrypted mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} encrypts the connection (SSL/TLS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} encrypts the connection (STARTTLS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{host} offers encryption, but the profile sends in the clear.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <source>Hard bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spam complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hard bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft bounces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the tracking code in the bounced message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Message-ID of the original message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the address (its most recent campaign)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the server's refusal while it was being sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a campaign message but an autoresponder's, refused by the server while it was being sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>collection run {run}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sending (the server refused the message)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped mid-run (the app stopped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sent</source>
            <translation>
                <numerusform>%n sent</numerusform>
                <numerusform>%n sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deferred</source>
            <translation>
                <numerusform>%n deferred</numerusform>
                <numerusform>%n deferred</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excluded</source>
            <translation>
                <numerusform>%n excluded</numerusform>
                <numerusform>%n excluded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n queued</numerusform>
                <numerusform>%n queued</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completed</source>
            <translation>
                <numerusform>%n completed</numerusform>
                <numerusform>%n completed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hard bounce(s)</source>
            <translation>
                <numerusform>%n hard bounce</numerusform>
                <numerusform>%n hard bounces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n soft bounce(s)</source>
            <translation>
                <numerusform>%n soft bounce</numerusform>
                <numerusform>%n soft bounces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s)</source>
            <translation>
                <numerusform>%n complaint</numerusform>
                <numerusform>%n complaints</numerusform>
            </translation>
        </message>
        <message>
            <source>— (paused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>running now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when there is work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when jobs run (due since {time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when jobs run</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unsubscribed through the service</source>
            <translation>
                <numerusform>%n unsubscribed through the service</numerusform>
                <numerusform>%n unsubscribed through the service</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An unsubscribe request has waited {hours} hours on the unsubscribe service. Unsubscribes must be honoured within 48 hours: run Collect bounces now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unsubscribe service has not been reached for {hours} hours, so unsubscribe requests may be waiting there. They must be honoured within 48 hours: check that the service is running and its key is right (Last error below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bounce mailbox is set up yet. On the Bounce mailbox page (under Settings), enter the server, user name and password of the mailbox bounces come back to, then press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bounce mailbox settings are incomplete: {problem} Correct them on the Bounce mailbox page (under Settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Collecting is switched off. On the Bounce mailbox page (under Settings), tick “Collect bounces from this mailbox” and press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mailbox password could not be read: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password is saved for the bounce mailbox. Enter it on the Bounce mailbox page (under Settings) and press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address has moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Domain accepts no mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Domain does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filtered by the receiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave up after retrying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mail program error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mailbox full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked as spam by the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message too big</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving server error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving server full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused by the receiver's policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected as a virus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected as spam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security check failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sender blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server refused to relay</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
