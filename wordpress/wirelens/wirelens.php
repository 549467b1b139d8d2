<?php
/**
 * Plugin Name:       wirelens
 * Plugin URI:        https://github.com/wirelens/wirelens
 * Description:       Who said what, in the block editor: the dateline, every quote and reported statement with its source, and every figure of the post you are writing, analysed in your browser as you type. Optionally shows the same annotations to readers.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            wirelens
 * License:           MIT OR Apache-2.0
 * Text Domain:       wirelens
 *
 * @package wirelens
 */

// Loaded only by WordPress.
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'WIRELENS_VERSION', '0.1.0' );
define( 'WIRELENS_FILE', __FILE__ );
define( 'WIRELENS_DIR', plugin_dir_path( __FILE__ ) );

require_once WIRELENS_DIR . 'includes/settings.php';
require_once WIRELENS_DIR . 'includes/editor.php';
require_once WIRELENS_DIR . 'includes/reader.php';

/**
 * The plugin's URL for a path inside it, e.g. `pkg/index.js`.
 *
 * @param string $path A path relative to the plugin folder.
 * @return string
 */
function wirelens_url( $path ) {
	return plugins_url( $path, WIRELENS_FILE );
}

/**
 * Marks the plugin's module scripts as `type="module"` (WordPress 6.1 has no script-module
 * API; 6.5 added one).
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string
 */
function wirelens_module_tag( $tag, $handle ) {
	if ( 'wirelens-define' !== $handle ) {
		return $tag;
	}
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'wirelens_module_tag', 10, 2 );
