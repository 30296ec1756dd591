import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { gotoReady } from './support/page-ready';

/**
 * Issue #20, point 9: a page on another origin (here another port of this machine, served by
 * the test on another port) frames the data page under a decoy. Kier must not run in the frame: its
 * "Delete everything" button must not be there to click.
 */
test('Kier refuses to run inside a frame of another site, and offers its own tab', async ({ page, baseURL }) => {
  const decoy = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Win een prijs</title><h1>Klik twee keer om te winnen</h1><iframe src="${baseURL}/nl/instellingen/gegevens" width="400" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${(decoy.address() as AddressInfo).port}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByText('Kier opent niet binnen een andere website.')).toBeVisible();
  const ownTab = frame.getByRole('link', { name: 'Open Kier in een eigen tabblad' });
  await expect(ownTab).toHaveAttribute('href', '/nl/instellingen/gegevens');
  await expect(ownTab).toHaveAttribute('target', '_blank');
  await expect(frame.getByRole('button', { name: /Alles wissen/ })).toHaveCount(0);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);

  // The same page in its own tab works as always.
  await gotoReady(page, '/nl/instellingen/gegevens');
  await expect(page.getByRole('button', { name: /Alles wissen/ })).toBeVisible();
  decoy.close();
});
