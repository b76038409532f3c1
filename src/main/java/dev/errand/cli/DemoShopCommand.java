package dev.errand.cli;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code errand demo-shop}: serve the demo shop alone, for writing and trying recipes. */
@Command(
    name = "demo-shop",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Serve the embedded demo shop on 127.0.0.1 and print its URL; Ctrl-C stops it.",
      "Try a recipe on it: errand run recipes/demo-shop.yaml --site URL --at TIME"
    })
final class DemoShopCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(
      names = "--release-in",
      paramLabel = "DURATION",
      defaultValue = "60s",
      description = "When the sale opens (default: ${DEFAULT-VALUE}).")
  String releaseIn;

  @Option(names = "--port", defaultValue = "0", description = "Port (default: a free one).")
  int port;

  @Option(
      names = "--skew",
      paramLabel = "DURATION",
      defaultValue = "0s",
      description =
          "The shop's clock runs this far ahead (e.g. 2.5s) or behind (-1s) of the true time.")
  String skew;

  @Option(
      names = "--stock",
      defaultValue = "60",
      description = "Tickets on sale (default: ${DEFAULT-VALUE}).")
  int stock;

  @Mixin ShopModeOptions modes;

  @Mixin DropOptions drops;

  private final Env env;

  DemoShopCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws InterruptedException {
    Console console = env.console(common);
    Duration opensIn = DurationOptions.parse("--release-in", releaseIn);
    Duration clockSkew = DurationOptions.signed("--skew", skew);
    if (port < 0 || port > 65535 || stock < 0) {
      throw new UserError(ExitCode.BAD_INPUT, "--port must be 0..65535 and --stock 0 or more");
    }
    DemoShopConfig opening =
        drops
            .dailyReleaseAt(java.time.Clock.systemUTC())
            .map(DemoShopConfig::opensAt)
            .orElseGet(() -> DemoShopConfig.opensIn(opensIn));
    DemoShopConfig config =
        drops.applyTo(modes.applyTo(opening.withPort(port).withStock(stock).withSkew(clockSkew)));
    DemoShop shop;
    try {
      shop = DemoShop.start(config);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the demo shop: " + e.getMessage(), e);
    }
    drops.start(shop);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  shop.close();
                  stopped.countDown();
                },
                "errand-demo-shop-stop"));
    console.always(shop.url().toString());
    if (!clockSkew.isZero()) {
      console.info(console.dim("the shop's clock is " + skew + " off the true time"));
    }
    modes.describe(config).ifPresent(line -> console.info(console.dim(line)));
    drops.describe().ifPresent(line -> console.info(console.dim(line)));
    console.info(
        console.dim(
            "sale opens at "
                + shop.releaseAt()
                + " · event "
                + shop.eventUrl()
                + " · Ctrl-C stops"));
    console.info(
        console.dim(
            "try: ./errand run recipes/demo-shop.yaml --site "
                + shop.url()
                + " --at "
                + shop.releaseAt()));
    stopped.await();
    return ExitCode.OK;
  }
}
