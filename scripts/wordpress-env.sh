#!/usr/bin/env bash
# A real WordPress for the plugin's end-to-end test, from Debian's packages: WordPress 6.1,
# MariaDB, Apache with PHP, at http://127.0.0.1:${WIRELENS_WP_PORT:-8089}/. Installs what is
# missing, then starts from a clean slate every time: an empty database (so the test installs
# WordPress through its own install page) and no wirelens plugin (the test uploads the zip).
# WP_DEBUG is on, logging to /var/log/wirelens-wp-debug.log (emptied here), which the test reads.
set -euo pipefail
port="${WIRELENS_WP_PORT:-8089}"
sudo=""
[[ "$(id -u)" -eq 0 ]] || sudo="sudo"

packages=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "== apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

$sudo service mariadb start >/dev/null
$sudo mysql -e "DROP DATABASE IF EXISTS wirelens_wp; CREATE DATABASE wirelens_wp;
  CREATE USER IF NOT EXISTS 'wirelens'@'localhost' IDENTIFIED BY 'wirelens';
  GRANT ALL ON wirelens_wp.* TO 'wirelens'@'localhost'; FLUSH PRIVILEGES;"

# Debian's wp-config.php reads /etc/wordpress/config-<host>.php, the host without its port.
$sudo tee /etc/wordpress/config-127.0.0.1.php >/dev/null <<PHP
<?php
define('DB_NAME', 'wirelens_wp');
define('DB_USER', 'wirelens');
define('DB_PASSWORD', 'wirelens');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
// Plugins install from an upload without FTP credentials.
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '/var/log/wirelens-wp-debug.log');
define('WP_DEBUG_DISPLAY', false);
PHP
$sudo install -o www-data -g www-data -m 644 /dev/null /var/log/wirelens-wp-debug.log

$sudo tee /etc/apache2/sites-available/wirelens-wp.conf >/dev/null <<CONF
Listen 127.0.0.1:$port
<VirtualHost 127.0.0.1:$port>
  DocumentRoot /usr/share/wordpress
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride Limit Options FileInfo
    DirectoryIndex index.php
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    AllowOverride FileInfo
    Require all granted
  </Directory>
</VirtualHost>
CONF
echo "ServerName 127.0.0.1" | $sudo tee /etc/apache2/conf-available/wirelens-servername.conf >/dev/null
$sudo a2enconf -q wirelens-servername >/dev/null
$sudo a2ensite -q wirelens-wp >/dev/null
# A plugin upload of a few hundred KB and the test's 5 MB post need room.
for conf in /etc/php/*/apache2/conf.d; do
  printf 'upload_max_filesize = 32M\npost_max_size = 32M\nmemory_limit = 512M\n' | $sudo tee "$conf/90-wirelens-test.ini" >/dev/null
done

$sudo rm -rf /var/lib/wordpress/wp-content/plugins/wirelens /var/lib/wordpress/wp-content/upgrade
$sudo mkdir -p /var/lib/wordpress/wp-content/upgrade /var/lib/wordpress/wp-content/uploads
$sudo chown -R www-data:www-data /var/lib/wordpress/wp-content/plugins /var/lib/wordpress/wp-content/upgrade /var/lib/wordpress/wp-content/uploads
if $sudo service apache2 status >/dev/null 2>&1; then $sudo service apache2 reload >/dev/null; else $sudo service apache2 start >/dev/null; fi
python3 - "$port" <<'PY'
import sys, time, urllib.request
for _ in range(60):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/wp-admin/install.php", timeout=5)
        break
    except Exception:
        time.sleep(0.5)
else:
    sys.exit("WordPress did not answer")
PY
echo "WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php) at http://127.0.0.1:$port/ (database emptied, plugin removed)"
