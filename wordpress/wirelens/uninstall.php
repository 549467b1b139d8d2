<?php
/**
 * Removes what the plugin stored: its one option.
 *
 * @package wirelens
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
delete_option( 'wirelens_reader' );
